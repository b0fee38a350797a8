using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Benchmarks;

/// <summary>The hash chain's cost (issue 16): the straight-through and user-task phases run back to back, each run on a fresh
/// database, with the chain sealed and with sealing skipped (<see cref="EngineStore.SealsHistory"/>, which only this
/// benchmark turns off). Rounds alternate the order (on/off, then off/on …) so that warm-up and the drift of a loaded
/// machine fall on both.</summary>
public static class ChainCostBenchmark
{
    public static async Task RunAsync(string name, Func<Task<BenchDatabase>> createDatabase, BenchOptions options)
    {
        var figures = new Dictionary<bool, List<(double Straight, double RoundTrips)>> { [true] = [], [false] = [] };
        for (var round = 0; round < options.ChainCostRounds; round++)
            foreach (var sealing in round % 2 == 0 ? new[] { true, false } : [false, true])
            {
                await using var database = await createDatabase();
                await using var host = await EngineHost.StartAsync(database, runJobWorker: false);
                ((EngineStore)host.Services.GetRequiredService<IEngineStore>()).SealsHistory = sealing;
                var straight = await StraightThroughBenchmark.RunAsync(host, options);
                var roundTrips = await RoundTripBenchmark.RunAsync(host, options);
                figures[sealing].Add((straight.Load.PerSecond, roundTrips.Load.PerSecond));
                Console.WriteLine($"| {name} | round {round + 1}, chain {(sealing ? "on" : "off")} | {straight.Load.PerSecond:N0} instances/s " +
                    $"(p50 {straight.Latency.P50:0.0} ms, p99 {straight.Latency.P99:0.0} ms) | {roundTrips.Load.PerSecond:N0} round trips/s " +
                    $"(p50 {roundTrips.Latency.P50:0.0} ms, p99 {roundTrips.Latency.P99:0.0} ms) | {Check(straight.Check)}; {Check(roundTrips.Check)} |");
                if (!straight.Check.Passed || !roundTrips.Check.Passed) Environment.ExitCode = 1;
            }
        double Mean(bool sealing, Func<(double Straight, double RoundTrips), double> of) => figures[sealing].Average(of);
        var straightCost = 1 - Mean(true, f => f.Straight) / Mean(false, f => f.Straight);
        var roundTripCost = 1 - Mean(true, f => f.RoundTrips) / Mean(false, f => f.RoundTrips);
        Console.WriteLine($"| {name} | mean of {options.ChainCostRounds}: chain on / off | straight-through {Mean(true, f => f.Straight):N0} / " +
            $"{Mean(false, f => f.Straight):N0} instances/s ({straightCost:+0.0%;-0.0%} slower) | user-task {Mean(true, f => f.RoundTrips):N0} / " +
            $"{Mean(false, f => f.RoundTrips):N0} round trips/s ({roundTripCost:+0.0%;-0.0%} slower) | |");
    }

    private static string Check(Verification check) => (check.Passed ? "ok: " : "FAILED: ") + check.Detail;
}
