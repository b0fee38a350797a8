namespace Bpm.Engine.Expressions;

/// <summary>Budgets of one FEEL evaluation (section <c>Bpm:Engine:Evaluation</c>). Every shipped workflow stays far below the
/// defaults; they exist so that one runaway expression cannot hold a thread, the memory or the shutdown of the node.</summary>
public sealed class EvaluationLimits
{
    /// <summary>Loop steps of one evaluation: items visited by for / some / every and filters, and function-value calls.</summary>
    public long MaxIterations { get; set; } = 1_000_000;
    /// <summary>Items of a list the evaluation builds.</summary>
    public int MaxListSize { get; set; } = 100_000;
    /// <summary>Characters of a string the evaluation builds.</summary>
    public int MaxStringLength { get; set; } = 1_000_000;
    /// <summary>Nested calls of function values (a recursive function would otherwise overflow the stack).</summary>
    public int MaxCallDepth { get; set; } = 200;
    /// <summary>Real time one evaluation may take; checked every few hundred steps, together with the caller's cancellation.</summary>
    public TimeSpan MaxWallTime { get; set; } = TimeSpan.FromSeconds(5);
}
