using System.Text;
using System.Text.Json.Nodes;
using Bpm.Engine.Deployment;

namespace Bpm.Benchmarks;

/// <summary>The straight-through figure with one business rule task (the 50-rule table of <see cref="DecisionBenchmark"/>)
/// before the ten tasks: each instance still runs whole in one durable step, and a sample must carry the table's result
/// for its amount.</summary>
public static class BusinessRuleTaskBenchmark
{
    public static async Task<PhaseResult> RunAsync(EngineHost host, BenchOptions options)
    {
        await host.Engine.DeployAsync([
            new DeploymentResource("bench-fine.dmn", Encoding.UTF8.GetBytes(DecisionBenchmark.Table())),
            new DeploymentResource("ten-tasks-rule.bpmn", Encoding.UTF8.GetBytes(BenchProcesses.StraightThroughWithBusinessRuleTask())),
        ], CancellationToken.None);
        return await StraightThroughBenchmark.RunAsync(host, options, BenchProcesses.BusinessRuleTaskId,
            n => new JsonObject { ["n"] = n, ["amount"] = Amount(n), ["category"] = "食品", ["firstOffence"] = n % 2 == 0 },
            (info, n) =>
            {
                var rule = Amount(n) / 1000;
                return (int?)info.Variables["s8"] == n + 8 && (string?)info.Variables["penalty"]?["band"] == $"档{rule}"
                    && (decimal?)info.Variables["penalty"]?["fine"] == Amount(n) * (rule % 5 + 1);
            });
    }

    private static int Amount(int n) => n % DecisionBenchmark.Rules * 1000 + 500;
}
