using System.Diagnostics;
using System.Text.Json.Nodes;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.Commands;

namespace Bpm.Benchmarks;

/// <summary>--profile: where a step's time goes. Runs steps from ONE caller (no queueing) and then from the configured
/// number of callers, with the store wrapped in a timer, and prints per-step averages of each store call and of the rest
/// (engine work in process: model lookup, FEEL, state serialization, the EF Core/ADO.NET overhead outside the store).</summary>
public static class ProfileRun
{
    public static async Task RunAsync(string label, BenchDatabase database, BenchOptions options)
    {
        var timings = new StoreTimings();
        await using var host = await EngineHost.StartAsync(database, runJobWorker: false, timings, options.SerializeWrites);
        await host.DeployAsync(BenchProcesses.StraightThrough(), "ten-tasks.bpmn");
        await host.DeployAsync(BenchProcesses.UserTask(), "user-task.bpmn");
        foreach (var callers in new[] { 1, options.Concurrency })
        {
            await MeasureAsync(label, $"start of 10-task instance, {callers} caller(s)", callers, timings, options, async () =>
                await host.Engine.StartProcessInstanceAsync(new StartProcessInstanceCommand(BenchProcesses.StraightThroughId,
                    Variables: new JsonObject { ["n"] = 1 }), CancellationToken.None));
            await MeasureAsync(label, $"user-task round trip (2 steps + query), {callers} caller(s)", callers, timings, options, async () =>
            {
                var started = await host.Engine.StartProcessInstanceAsync(new StartProcessInstanceCommand(BenchProcesses.UserTaskId), CancellationToken.None);
                var task = (await host.Queries.ListUserTasksAsync(new UserTaskFilter(started.ProcessInstanceKey, "CREATED", null, null, 1, 10),
                    CancellationToken.None)).Items.Single();
                await host.Engine.CompleteUserTaskAsync(long.Parse(task.UserTaskKey), null, CancellationToken.None);
            });
        }
    }

    private static async Task MeasureAsync(string label, string what, int callers, StoreTimings timings, BenchOptions options, Func<Task> unit)
    {
        await LoadRunner.RunAsync(callers, TimeSpan.Zero, TimeSpan.FromSeconds(1), (_, _) => unit());
        timings.Reset();
        var latencies = new LatencyRecorder(callers);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var result = await LoadRunner.RunAsync(callers, TimeSpan.Zero, TimeSpan.FromSeconds(Math.Min(options.DurationSeconds, 5)),
            (worker, _) => latencies.TimeAsync(worker, unit, record: true));
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var wallPerUnit = result.Seconds * 1000.0 * callers / result.Completed;
        Console.WriteLine($"[{label}] {what}: {result.PerSecond:N0}/s, {wallPerUnit:0.00} ms wall per unit per caller, " +
            $"{cpu / result.Completed:0.00} ms CPU of this process per unit; unit p50 / p99 {latencies.Summarize().P50:0.0} / {latencies.Summarize().P99:0.0} ms" +
            (options.SerializeWrites ? " (commits serialized in process)" : ""));
        var storeMs = 0.0;
        foreach (var (operation, calls, totalMs, rows) in timings.Snapshot())
        {
            storeMs += totalMs;
            Console.WriteLine($"    {operation,-26} {calls / (double)result.Completed,5:0.0} calls/unit  {totalMs / calls,7:0.00} ms/call" +
                (rows > 0 ? $"  {rows / (double)calls:0.0} rows/commit" : ""));
        }
        Console.WriteLine($"    {"outside the store",-26} {"",5}             {wallPerUnit - storeMs / result.Completed,7:0.00} ms/unit (wall per unit per caller minus store time per unit)");
    }
}
