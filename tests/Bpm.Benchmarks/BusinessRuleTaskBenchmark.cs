using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Bpm.Engine.Deployment;
using Bpm.Engine.Runtime.Commands;

namespace Bpm.Benchmarks;

/// <summary>The straight-through figure with one business rule task (the 50-rule table of <see cref="DecisionBenchmark"/>)
/// before the ten tasks: concurrent callers start instances, each runs whole in one durable step. Afterwards every
/// instance must be COMPLETED and a sample must carry the table's result for its amount.</summary>
public static class BusinessRuleTaskBenchmark
{
    public static async Task<PhaseResult> RunAsync(EngineHost host, BenchOptions options)
    {
        await host.Engine.DeployAsync([
            new DeploymentResource("bench-fine.dmn", Encoding.UTF8.GetBytes(DecisionBenchmark.Table())),
            new DeploymentResource("ten-tasks-rule.bpmn", Encoding.UTF8.GetBytes(BenchProcesses.StraightThroughWithBusinessRuleTask())),
        ], CancellationToken.None);
        var latencies = new LatencyRecorder(options.Concurrency);
        var keys = new ConcurrentQueue<(long Key, int N)>();
        long started = 0;
        var load = await LoadRunner.RunAsync(options.Concurrency, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.DurationSeconds),
            async (worker, measured) =>
            {
                var n = (int)Interlocked.Increment(ref started);
                var command = new StartProcessInstanceCommand(BenchProcesses.BusinessRuleTaskId, Variables: new JsonObject
                {
                    ["n"] = n, ["amount"] = Amount(n), ["category"] = "食品", ["firstOffence"] = n % 2 == 0,
                });
                var instance = await latencies.TimeAsync(worker, () => host.Engine.StartProcessInstanceAsync(command, CancellationToken.None), measured);
                if (n % 997 == 0) keys.Enqueue((long.Parse(instance.ProcessInstanceKey), n));
            });
        var check = await Verification.CountsAsync(host, BenchProcesses.BusinessRuleTaskId, expectedCompleted: started, expectedActive: 0);
        foreach (var (key, n) in keys.Take(5))
        {
            var info = await host.Queries.GetInstanceAsync(key, CancellationToken.None);
            var rule = Amount(n) / 1000;
            var ok = info is { State: "COMPLETED" } && (int?)info.Variables["s8"] == n + 8
                && (string?)info.Variables["penalty"]?["band"] == $"档{rule}" && (decimal?)info.Variables["penalty"]?["fine"] == Amount(n) * (rule % 5 + 1);
            check = check.With(ok, ok ? null : $"instance {key} has state {info?.State} and variables {info?.Variables.ToJsonString()}");
        }
        check = check.Note($"{Math.Min(5, keys.Count)} sampled instances checked");
        return new PhaseResult(load, latencies.Summarize(), check);
    }

    private static int Amount(int n) => n % DecisionBenchmark.Rules * 1000 + 500;
}
