using System.Diagnostics;

namespace Bpm.Benchmarks;

/// <summary>Collects per-command latencies (one sample per engine command, i.e. per durable step) from many callers.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double>[] _perWorker;

    public LatencyRecorder(int workers)
    {
        _perWorker = new List<double>[workers];
        for (var i = 0; i < workers; i++) _perWorker[i] = new List<double>(4096);
    }

    /// <summary>Times one call; only the owning worker writes its list, so no lock is needed.</summary>
    public async Task<T> TimeAsync<T>(int worker, Func<Task<T>> call, bool record)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await call();
        if (record) _perWorker[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public async Task TimeAsync(int worker, Func<Task> call, bool record) =>
        await TimeAsync(worker, async () => { await call(); return true; }, record);

    public LatencySummary Summarize()
    {
        var all = _perWorker.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LatencySummary(all.Length, Percentile(all, 0.50), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1]);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
