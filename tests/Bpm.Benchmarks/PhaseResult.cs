namespace Bpm.Benchmarks;

/// <summary>What one measured phase produced: throughput, step latencies and the correctness check.</summary>
public sealed record PhaseResult(LoadResult Load, LatencySummary Latency, Verification Check);
