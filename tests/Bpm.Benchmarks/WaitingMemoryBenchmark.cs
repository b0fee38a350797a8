using System.Diagnostics;
using Bpm.Engine.Runtime.Commands;

namespace Bpm.Benchmarks;

/// <summary>Starts N instances that wait at their user task and measures what they cost: managed heap of this process
/// (after a full blocking GC) and database size, before and after.</summary>
public static class WaitingMemoryBenchmark
{
    public static async Task<WaitingMemoryResult> RunAsync(EngineHost host, BenchDatabase database, BenchOptions options)
    {
        // Priming: the same concurrent load first, so connection pools and caches are at their working size when measuring.
        await StartWaitingAsync(host, Math.Max(100, options.WaitingInstances / 10), options.Concurrency);
        var activeBefore = await Verification.CountAsync(host, BenchProcesses.UserTaskId, "ACTIVE");
        var heapBefore = FullGcHeapBytes();
        var dbBefore = await database.SizeBytesAsync();
        var clock = Stopwatch.StartNew();
        await StartWaitingAsync(host, options.WaitingInstances, options.Concurrency);
        var startSeconds = clock.Elapsed.TotalSeconds;
        var heapAfter = FullGcHeapBytes();
        var dbAfter = await database.SizeBytesAsync();
        var active = await Verification.CountAsync(host, BenchProcesses.UserTaskId, "ACTIVE") - activeBefore;
        var check = new Verification(active == options.WaitingInstances,
            $"{active} ACTIVE waiting instances (expected {options.WaitingInstances}); heap {heapBefore / 1048576.0:0.0} → {heapAfter / 1048576.0:0.0} MiB");
        return new WaitingMemoryResult(options.WaitingInstances, heapAfter - heapBefore, dbAfter - dbBefore, startSeconds, check);
    }

    private static async Task StartWaitingAsync(EngineHost host, int count, int concurrency)
    {
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= count)
                await host.Engine.StartProcessInstanceAsync(new StartProcessInstanceCommand(BenchProcesses.UserTaskId), CancellationToken.None);
        })));
    }

    /// <summary>Live managed bytes after full compacting collections, repeated until two readings agree within 1 %.</summary>
    private static long FullGcHeapBytes()
    {
        var previous = long.MinValue;
        for (var i = 0; i < 10; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var current = GC.GetTotalMemory(forceFullCollection: true);
            if (Math.Abs(current - previous) < current / 100) return current;
            previous = current;
            Thread.Sleep(50);
        }
        return previous;
    }
}
