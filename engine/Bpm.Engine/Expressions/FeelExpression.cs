using Bpm.Engine.Expressions.Evaluation;

namespace Bpm.Engine.Expressions;

/// <summary>A compiled FEEL expression (source started with '='), or a static value (source without '=': the text itself).
/// Thread-safe; compiled once and cached by the <see cref="FeelEngine"/>.</summary>
public sealed class FeelExpression
{
    private readonly Evaluator? evaluator;
    private readonly EvaluationLimits limits;

    private FeelExpression(string source, Evaluator? evaluator, EvaluationLimits limits)
    {
        Source = source;
        this.evaluator = evaluator;
        this.limits = limits;
    }

    internal static FeelExpression Static(string source, EvaluationLimits limits) => new(source, null, limits);

    internal static FeelExpression Compiled(string source, Evaluator evaluator, EvaluationLimits limits) => new(source, evaluator, limits);

    public string Source { get; }

    /// <summary>True when the source had no leading '=' and evaluates to the string itself.</summary>
    public bool IsStatic => evaluator is null;

    /// <summary>Evaluates against the variables. Throws <see cref="FeelEvaluationException"/> on a run-time failure
    /// (type mismatch in a function call, etc.). A missing variable evaluates to null.</summary>
    public object? Evaluate(IFeelContext context) => Evaluate(context, CancellationToken.None);

    /// <summary>Evaluates within the engine's <see cref="EvaluationLimits"/>: throws <see cref="FeelLimitExceededException"/>
    /// when a budget runs out and <see cref="OperationCanceledException"/> soon after <paramref name="cancellation"/> fires.</summary>
    public object? Evaluate(IFeelContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (evaluator is null) return Source;
        var budget = new EvaluationBudget(limits, cancellation);
        try
        {
            return budget.Checked(evaluator(Scope.Root(context, budget)));
        }
        catch (Exception ex) when (ex is FeelEvaluationException or FeelLimitExceededException or OperationCanceledException)
        {
            throw;
        }
        catch (InsufficientExecutionStackException)
        {
            throw new FeelLimitExceededException(EvaluationLimit.MaxCallDepth, limits.MaxCallDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new FeelEvaluationException($"表达式「{Source}」求值失败：{ex.Message}", ex);
        }
    }

    public override string ToString() => Source;
}
