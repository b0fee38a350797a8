namespace Bpm.Benchmarks;

/// <summary>Nearest-rank percentiles of the recorded step latencies, in milliseconds.</summary>
public sealed record LatencySummary(int Samples, double P50, double P99, double Max);
