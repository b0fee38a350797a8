using System.Diagnostics;

namespace Bpm.Benchmarks;

/// <summary>Runs <c>concurrency</c> callers in a loop: a warm-up period, then a measured period. Each iteration is one
/// unit of work (an instance, a round trip); the body gets the worker index and whether the iteration is measured.</summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(int concurrency, TimeSpan warmup, TimeSpan duration, Func<int, bool, Task> iteration)
    {
        var total = Stopwatch.StartNew();
        var measureFrom = warmup;
        var measureUntil = warmup + duration;
        var counts = new long[concurrency];
        var elapsedAtStop = new TimeSpan[concurrency];
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            while (true)
            {
                var startedAt = total.Elapsed;
                if (startedAt >= measureUntil) break;
                var measured = startedAt >= measureFrom;
                await iteration(worker, measured);
                if (measured) counts[worker]++;
            }
            elapsedAtStop[worker] = total.Elapsed;
        })).ToArray();
        await Task.WhenAll(workers);
        // Iterations started before the end finish after it: divide by the time until the last of them finished.
        var measuredSeconds = (elapsedAtStop.Max() - measureFrom).TotalSeconds;
        return new LoadResult(counts.Sum(), measuredSeconds);
    }
}
