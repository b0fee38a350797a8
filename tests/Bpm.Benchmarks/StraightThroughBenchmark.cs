using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.Commands;

namespace Bpm.Benchmarks;

/// <summary>Concurrent callers start instances of the 10-task process; each start runs the whole instance in one durable
/// step. Afterwards every instance must be COMPLETED and a sample must carry the variables all ten tasks set.</summary>
public static class StraightThroughBenchmark
{
    public static async Task<PhaseResult> RunAsync(EngineHost host, BenchOptions options)
    {
        await host.DeployAsync(BenchProcesses.StraightThrough(), "ten-tasks.bpmn");
        return await RunAsync(host, options, BenchProcesses.StraightThroughId, n => new JsonObject { ["n"] = n },
            (info, n) => (int?)info.Variables["s8"] == n + 8 && (int?)info.Variables["x9"] == 9);
    }

    /// <summary>The load and the check for any deployed straight-through process: <paramref name="variables"/> starts
    /// instance n, <paramref name="sampleHolds"/> checks a sampled completed instance.</summary>
    public static async Task<PhaseResult> RunAsync(EngineHost host, BenchOptions options, string processId, Func<int, JsonObject> variables,
        Func<ProcessInstanceInfo, int, bool> sampleHolds)
    {
        var latencies = new LatencyRecorder(options.Concurrency);
        var keys = new ConcurrentQueue<(long Key, int N)>();
        long started = 0;
        var load = await LoadRunner.RunAsync(options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.DurationSeconds),
            async (worker, measured) =>
            {
                var n = (int)Interlocked.Increment(ref started);
                var command = new StartProcessInstanceCommand(processId, Variables: variables(n));
                var instance = await latencies.TimeAsync(worker, () => host.Engine.StartProcessInstanceAsync(command, CancellationToken.None), measured);
                if (n % 997 == 0) keys.Enqueue((long.Parse(instance.ProcessInstanceKey), n));
            });
        var check = await Verification.CountsAsync(host, processId, expectedCompleted: started, expectedActive: 0);
        foreach (var (key, n) in keys.Take(5))
        {
            var info = await host.Queries.GetInstanceAsync(key, CancellationToken.None);
            var ok = info is { State: "COMPLETED" } && sampleHolds(info, n);
            check = check.With(ok, ok ? null : $"instance {key} has state {info?.State} and variables {info?.Variables.ToJsonString()}");
        }
        check = check.Note($"{Math.Min(5, keys.Count)} sampled instances checked");
        return new PhaseResult(load, latencies.Summarize(), check);
    }
}
