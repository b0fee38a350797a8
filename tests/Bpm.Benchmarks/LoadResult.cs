namespace Bpm.Benchmarks;

/// <summary>Units of work completed in the measured period and its length.</summary>
public sealed record LoadResult(long Completed, double Seconds)
{
    public double PerSecond => Completed / Seconds;
}
