using Bpm.Engine.Expressions.Evaluation;

namespace Bpm.Engine.Expressions;

/// <summary>A compiled FEEL expression (source started with '='), or a static value (source without '=': the text itself).
/// Thread-safe; compiled once and cached by the <see cref="FeelEngine"/>.</summary>
public sealed class FeelExpression
{
    private readonly Evaluator? evaluator;

    private FeelExpression(string source, Evaluator? evaluator)
    {
        Source = source;
        this.evaluator = evaluator;
    }

    internal static FeelExpression Static(string source) => new(source, null);

    internal static FeelExpression Compiled(string source, Evaluator evaluator) => new(source, evaluator);

    public string Source { get; }

    /// <summary>True when the source had no leading '=' and evaluates to the string itself.</summary>
    public bool IsStatic => evaluator is null;

    /// <summary>Evaluates against the variables. Throws <see cref="FeelEvaluationException"/> on a run-time failure
    /// (type mismatch in a function call, etc.). A missing variable evaluates to null.</summary>
    public object? Evaluate(IFeelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (evaluator is null) return Source;
        try
        {
            return evaluator(Scope.Root(context));
        }
        catch (FeelEvaluationException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new FeelEvaluationException($"failed to evaluate '{Source}': {ex.Message}", ex);
        }
    }

    public override string ToString() => Source;
}
