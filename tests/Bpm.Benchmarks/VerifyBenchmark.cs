using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Records;
using Bpm.Engine.Runtime.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Benchmarks;

/// <summary>The record verification figure (issue 16): N instances of the 10-task straight-through process are started (each
/// seals its history chain in its step), the chain heads are anchored, then <see cref="RecordVerifier.VerifyAllAsync"/> — what
/// the <c>verify</c> command runs — recomputes every chain, the shared chains and the anchors. Everything must verify.</summary>
public static class VerifyBenchmark
{
    public static async Task RunAsync(string name, BenchDatabase database, BenchOptions options)
    {
        await using var host = await EngineHost.StartAsync(database, runJobWorker: false);
        await host.DeployAsync(BenchProcesses.StraightThrough(), "ten-tasks.bpmn");
        var load = Stopwatch.StartNew();
        long next = 0;
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var n && n <= options.VerifyInstances)
                await host.Engine.StartProcessInstanceAsync(new StartProcessInstanceCommand(BenchProcesses.StraightThroughId,
                    Variables: new JsonObject { ["n"] = n }), CancellationToken.None);
        }));
        var loadSeconds = load.Elapsed.TotalSeconds;
        await host.Services.GetRequiredService<RecordAnchorer>().AnchorAsync(CancellationToken.None);

        var verify = Stopwatch.StartNew();
        var result = await host.Services.GetRequiredService<RecordVerifier>().VerifyAllAsync(null, CancellationToken.None);
        var seconds = verify.Elapsed.TotalSeconds;
        Console.WriteLine($"| {name} | verify over {result.InstancesChecked:N0} instances, {result.AnchorsChecked:N0} anchors | {seconds:0.0} s | " +
            $"{(result.InstancesChecked / seconds).ToString("N0", CultureInfo.InvariantCulture)} instances/s | loaded in {loadSeconds:0} s | " +
            $"{(result.Valid ? "all intact" : $"{result.Problems.Count} problems, first: {result.Problems[0]}")} |");
        if (!result.Valid || result.InstancesChecked < options.VerifyInstances) Environment.ExitCode = 1;
    }
}
