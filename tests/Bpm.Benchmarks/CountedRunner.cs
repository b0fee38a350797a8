using System.Diagnostics;

namespace Bpm.Benchmarks;

/// <summary>Runs exactly <c>units</c> units of work shared by <c>concurrency</c> callers (no warm-up): for figures stated per
/// number of operations, like "16 callers × 10,000 start-and-complete".</summary>
public static class CountedRunner
{
    public static async Task<LoadResult> RunAsync(int concurrency, int units, Func<Task> unit)
    {
        var clock = Stopwatch.StartNew();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= units) await unit();
        })));
        return new LoadResult(units, clock.Elapsed.TotalSeconds);
    }
}
