using System.Collections.Concurrent;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.Commands;

namespace Bpm.Benchmarks;

/// <summary>User-task round trips: start an instance of start → user task → end (it waits), find its open task with a
/// query, complete it (the instance ends). Two durable steps and one query per round trip; both steps are timed.</summary>
public static class RoundTripBenchmark
{
    public static async Task<PhaseResult> RunAsync(EngineHost host, BenchOptions options)
    {
        await host.DeployAsync(BenchProcesses.UserTask(), "user-task.bpmn");
        var latencies = new LatencyRecorder(options.Concurrency);
        var samples = new ConcurrentQueue<long>();
        long roundTrips = 0;
        var load = await LoadRunner.RunAsync(options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.DurationSeconds),
            async (worker, measured) =>
            {
                var command = new StartProcessInstanceCommand(BenchProcesses.UserTaskId);
                var started = await latencies.TimeAsync(worker, () => host.Engine.StartProcessInstanceAsync(command, CancellationToken.None), measured);
                var tasks = await host.Queries.ListUserTasksAsync(
                    new UserTaskFilter(started.ProcessInstanceKey, "CREATED", null, null, 1, 10), CancellationToken.None);
                var task = tasks.Items.Single();
                await latencies.TimeAsync(worker, () => host.Engine.CompleteUserTaskAsync(long.Parse(task.UserTaskKey), null, CancellationToken.None), measured);
                if (Interlocked.Increment(ref roundTrips) % 997 == 0) samples.Enqueue(long.Parse(started.ProcessInstanceKey));
            });
        var check = await Verification.CountsAsync(host, BenchProcesses.UserTaskId, expectedCompleted: roundTrips, expectedActive: 0);
        foreach (var key in samples.Take(5))
        {
            var info = await host.Queries.GetInstanceAsync(key, CancellationToken.None);
            var open = await host.Queries.ListUserTasksAsync(new UserTaskFilter(key.ToString(), "CREATED", null, null, 1, 10), CancellationToken.None);
            var ok = info is { State: "COMPLETED" } && open.Total == 0;
            check = check.With(ok, ok ? null : $"instance {key} is {info?.State} with {open.Total} open tasks");
        }
        check = check.Note($"{Math.Min(5, samples.Count)} sampled instances checked");
        return new PhaseResult(load, latencies.Summarize(), check);
    }
}
