namespace Bpm.Benchmarks;

/// <summary>What the due-timer sweep did with <see cref="Timers"/> pending timers that fell due over <see cref="SpreadSeconds"/>:
/// how long until the last one fired after the first was due, and how late each fired (fire time minus due time, ms).</summary>
public sealed record TimerBenchResult(string Provider, int Timers, double SpreadSeconds, double LoadSeconds, double SweepSeconds,
    double FiredPerSecond, LatencySummary Lateness, int Fired);
