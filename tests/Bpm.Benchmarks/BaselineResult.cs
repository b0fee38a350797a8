namespace Bpm.Benchmarks;

/// <summary>A comparison figure (pgbench tps, bpmn-engine instances/s), or why it is missing.</summary>
public sealed record BaselineResult(double? PerSecond, double? LatencyMs, string? Missing)
{
    public static BaselineResult NotMeasured(string reason) => new(null, null, reason);

    /// <summary>ours ÷ baseline, when the baseline was measured.</summary>
    public double? Ratio(double ours) => PerSecond is > 0 ? ours / PerSecond : null;
}
