namespace Bpm.Benchmarks;

/// <summary>What <see cref="MessageHttpBenchmark"/> measured for one database. <see cref="Misses"/> counts publications whose
/// response did not list exactly one process instance (failed requests included); <see cref="FirstFailure"/> describes the first.</summary>
public sealed record MessageHttpResult(string Provider, int Messages, double StartsPerSecond, double CorrelatedPerSecond, LatencySummary Publish,
    int Misses, string? FirstFailure, long Completed, long Active, long ServerLines)
{
    public bool Passed => Misses == 0 && Completed == Messages && Active == 0;
}
