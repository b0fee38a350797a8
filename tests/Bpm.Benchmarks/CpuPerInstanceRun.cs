using System.Text.Json.Nodes;
using Bpm.Engine.Runtime.Commands;

namespace Bpm.Benchmarks;

/// <summary>--cpu-per-instance: the straight-through process's cost per instance, which the machine's load moves far less
/// than instances/s: CPU time of this process (user + system, all threads) and of the PostgreSQL backends serving the bench
/// database, rows and WAL written (<see cref="PostgresWorkProbe"/>), and bytes allocated, per completed instance, from one
/// caller and from the configured callers, each after a warm-up. Printed as figures, never asserted.</summary>
public static class CpuPerInstanceRun
{
    public static async Task RunAsync(string label, BenchDatabase database, BenchOptions options)
    {
        await using var host = await EngineHost.StartAsync(database, runJobWorker: false);
        await host.DeployAsync(BenchProcesses.StraightThrough(), "ten-tasks.bpmn");
        foreach (var callers in new[] { 1, options.Concurrency })
        {
            await LoadRunner.RunAsync(callers, TimeSpan.Zero, TimeSpan.FromSeconds(options.WarmupSeconds), (_, _) => StartAsync(host));
            var probe = await PostgresWorkProbe.StartAsync(database);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var collectionsBefore = GC.CollectionCount(0);
            var result = await LoadRunner.RunAsync(callers, TimeSpan.Zero, TimeSpan.FromSeconds(options.DurationSeconds), (_, _) => StartAsync(host));
            // The backends report their counters when idle; the probe asks them to, but give them the moment they need.
            if (!database.IsSqlite) await Task.Delay(TimeSpan.FromSeconds(1.5));
            var work = (await probe.StopAsync()).Per(result.Completed);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Console.WriteLine($"[{label}] straight-through, {callers} caller(s): {result.Completed:N0} instances, {result.PerSecond:N0}/s, " +
                $"{work.Describe(!database.IsSqlite)} per instance, {allocated / 1024.0 / result.Completed:0.0} KiB allocated per instance, " +
                $"{GC.CollectionCount(0) - collectionsBefore} gen-0 collections; load average {MachineInfo.LoadAverage()}");
        }
    }

    private static Task StartAsync(EngineHost host) =>
        host.Engine.StartProcessInstanceAsync(new StartProcessInstanceCommand(BenchProcesses.StraightThroughId,
            Variables: new JsonObject { ["n"] = 1 }), CancellationToken.None);
}
