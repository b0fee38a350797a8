namespace Bpm.Engine.Expressions;

/// <summary>Which budget of <see cref="EvaluationLimits"/> an evaluation exceeded.</summary>
public enum EvaluationLimit
{
    MaxIterations,
    MaxListSize,
    MaxStringLength,
    MaxCallDepth,
    MaxWallTime,
}
