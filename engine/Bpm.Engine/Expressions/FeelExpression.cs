namespace Bpm.Engine.Expressions;

/// <summary>A compiled FEEL expression (source started with '='), or a static value (source without '=': the text itself).
/// Thread-safe; compiled once and cached by the <see cref="FeelEngine"/>.</summary>
public sealed class FeelExpression
{
    public string Source => throw new NotImplementedException();
    /// <summary>True when the source had no leading '=' and evaluates to the string itself.</summary>
    public bool IsStatic => throw new NotImplementedException();
    /// <summary>Evaluates against the variables. Throws <see cref="FeelEvaluationException"/> on a run-time failure
    /// (type mismatch in a function call, etc.). A missing variable evaluates to null.</summary>
    public object? Evaluate(IFeelContext context) => throw new NotImplementedException();
}
