namespace Bpm.Benchmarks;

/// <summary>What <see cref="MessageBenchmark"/> measured for one database.</summary>
public sealed record MessageBenchResult(string Provider, int Messages, double CorrelatedPerSecond, LatencySummary Publish, int Misses,
    int Buffered, double BufferedPerSecond, LatencySummary FromBuffer, long Completed, long Active);
