using System.Globalization;

namespace Bpm.Benchmarks;

/// <summary>Runs every phase on one provider's fresh database and adds its rows to the table.</summary>
public static class ProviderRun
{
    public static async Task RunAsync(string label, Func<Task<BenchDatabase>> createDatabase, BenchOptions options,
        BaselineResult pgbench, BaselineResult peer, ResultTable table, bool withMemoryAndJobs = true)
    {
        await using var database = await createDatabase();
        await using (var host = await EngineHost.StartAsync(database, runJobWorker: false))
        {
            Console.WriteLine($"[{label}] straight-through, 10 tasks (5 script + 5 inline service), {options.Concurrency} callers ...");
            var straight = await StraightThroughBenchmark.RunAsync(host, options);
            var perSecond = straight.Load.PerSecond;
            table.Add(new ResultRow(label, "straight-through instances/s (10 tasks, 1 step each)", Rate(perSecond), "≥ 2,000", perSecond >= 2000,
                Ratio(pgbench.Ratio(perSecond)), Ratio(peer.Ratio(perSecond)), Check(straight.Check)));
            table.Add(LatencyRow(label, "step latency p50 / p99, start of 10-task instance", straight.Latency));

            Console.WriteLine($"[{label}] user-task round trips (start, query task, complete), {options.Concurrency} callers ...");
            var roundTrips = await RoundTripBenchmark.RunAsync(host, options);
            var rtPerSecond = roundTrips.Load.PerSecond;
            table.Add(new ResultRow(label, "user-task round trips/s (2 steps + 1 query each)", Rate(rtPerSecond), "≥ 1,000", rtPerSecond >= 1000,
                Ratio(pgbench.Ratio(rtPerSecond)), "", Check(roundTrips.Check)));
            table.Add(LatencyRow(label, "step latency p50 / p99, user-task start + complete", roundTrips.Latency));

            if (withMemoryAndJobs)
            {
                Console.WriteLine($"[{label}] {options.WaitingInstances:N0} waiting instances ...");
                var memory = await WaitingMemoryBenchmark.RunAsync(host, database, options);
                var per10K = 10_000.0 / memory.Instances;
                table.Add(new ResultRow(label, $"engine heap per 10,000 waiting instances", Bytes(memory.HeapDeltaBytes * per10K) +
                    $" ({memory.HeapBytesPerInstance:0.#} B/instance)", "", null, "", "", Check(memory.Check)));
                table.Add(new ResultRow(label, $"database growth per 10,000 waiting instances", Bytes(memory.DatabaseDeltaBytes * per10K) +
                    $" ({memory.DatabaseBytesPerInstance:0} B/instance)", "", null, "", "",
                    $"started in {memory.StartSeconds:0.0} s ({memory.Instances / memory.StartSeconds:N0}/s)"));
            }
        }
        if (withMemoryAndJobs && options.RunJobMode)
        {
            // The timed store tells the callers when their instance's completion is committed.
            var completions = new CompletionWatch();
            await using var jobHost = await EngineHost.StartAsync(database, runJobWorker: true, new StoreTimings { Completions = completions });
            Console.WriteLine($"[{label}] job-mode variant (bpm:counter jobs, background worker) ...");
            var jobs = await JobModeBenchmark.RunAsync(jobHost, options, completions);
            table.Add(new ResultRow(label, "job-mode variant instances/s (10 tasks, 5 of them jobs)", Rate(jobs.Load.PerSecond), "", null,
                Ratio(pgbench.Ratio(jobs.Load.PerSecond)), Ratio(peer.Ratio(jobs.Load.PerSecond)), Check(jobs.Check)));
            table.Add(new ResultRow(label, "job-mode variant start → COMPLETED p50 / p99 (completion commit)",
                $"{jobs.EndToEnd.P50:0.0} / {jobs.EndToEnd.P99:0.0} ms", "", null, "", "", $"{jobs.EndToEnd.Samples:N0} samples"));
        }
    }

    private static ResultRow LatencyRow(string label, string metric, LatencySummary latency) =>
        new(label, metric, $"{latency.P50:0.0} / {latency.P99:0.0} ms", "p99 < 50 ms", latency.P99 < 50, "", "",
            $"{latency.Samples:N0} samples, max {latency.Max:0} ms");

    public static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture) + " /s";

    public static string Ratio(double? ratio) => ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "n/a";

    private static string Bytes(double bytes) => Math.Abs(bytes) >= 1024 * 1024
        ? $"{bytes / 1024 / 1024:0.0} MiB"
        : $"{bytes / 1024:0.0} KiB";

    private static string Check(Verification check) => (check.Passed ? "ok: " : "FAILED: ") + check.Detail;
}
