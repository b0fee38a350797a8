namespace Bpm.Benchmarks;

/// <summary>Completion rate of the job-mode variant and the start-to-completed time of its instances.</summary>
public sealed record JobModeResult(LoadResult Load, LatencySummary EndToEnd, Verification Check);
