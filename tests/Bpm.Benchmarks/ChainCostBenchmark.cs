using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Store;
using Bpm.Engine.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Benchmarks;

/// <summary>The hash chain's cost (issue 16), like with like: every run starts from a fresh database (a new SQLite file or
/// PostgreSQL database, so neither side writes into a grown file or a WAL left by the other), a discarded warm-up run pays
/// the cold start (JIT, pools) first, and rounds alternate the order (on/off, then off/on …) so that the drift of a loaded
/// machine falls on both. Each run does the straight-through and the user-task phases with the chain sealed or with sealing
/// skipped (<see cref="EngineStore.SealsHistory"/>, which only this benchmark turns off), and prints what a straight-through
/// instance stores (instance and journal row bytes, database growth) and what its commit costs (commits per instance,
/// mean time per commit as the caller waits for it, batching included).</summary>
public static class ChainCostBenchmark
{
    public static async Task RunAsync(string name, Func<Task<BenchDatabase>> createDatabase, BenchOptions options)
    {
        var warmUp = await RunOnceAsync(name, createDatabase, true, options);
        Console.WriteLine($"| {name} | warm-up run, chain on (discarded) | {warmUp.Straight:N0} instances/s | | | |");
        Console.WriteLine($"| {name} | hashing one {warmUp.Bytes.JournalRowBytes:N0} B journal row (RowHash.Compute, one thread) | " +
            $"{HashMicroseconds((int)warmUp.Bytes.JournalRowBytes):0.0} µs | | | |");
        var figures = new Dictionary<bool, List<RunFigures>> { [true] = [], [false] = [] };
        for (var round = 0; round < options.ChainCostRounds; round++)
            foreach (var sealing in round % 2 == 0 ? new[] { true, false } : [false, true])
            {
                var run = await RunOnceAsync(name, createDatabase, sealing, options);
                figures[sealing].Add(run);
                Console.WriteLine($"| {name} | round {round + 1}, chain {(sealing ? "on" : "off")} | {run.Describe()} |");
            }
        double Mean(bool sealing, Func<RunFigures, double> of) => figures[sealing].Average(of);
        var straightCost = 1 - Mean(true, f => f.Straight) / Mean(false, f => f.Straight);
        var roundTripCost = 1 - Mean(true, f => f.RoundTrips) / Mean(false, f => f.RoundTrips);
        Console.WriteLine($"| {name} | mean of {options.ChainCostRounds}: chain on / off | straight-through {Mean(true, f => f.Straight):N0} / " +
            $"{Mean(false, f => f.Straight):N0} instances/s ({straightCost:+0.0%;-0.0%} slower), commit {Mean(true, f => f.StraightCommitMs):0.00} / " +
            $"{Mean(false, f => f.StraightCommitMs):0.00} ms, stored {Mean(true, f => f.StoredBytes):N0} / {Mean(false, f => f.StoredBytes):N0} B per instance | " +
            $"user-task {Mean(true, f => f.RoundTrips):N0} / {Mean(false, f => f.RoundTrips):N0} round trips/s ({roundTripCost:+0.0%;-0.0%} slower) | |");
        Console.WriteLine($"| {name} | per-round cost (1 - on/off of the same round) | straight-through {Rounds(f => f.Straight)} | " +
            $"user-task {Rounds(f => f.RoundTrips)} | |");
        Console.WriteLine($"| {name} | work per straight-through instance, mean on / off | CPU bench {Mean(true, f => f.Work.ProcessCpuMs):0.000} / " +
            $"{Mean(false, f => f.Work.ProcessCpuMs):0.000} ms, PostgreSQL {Mean(true, f => f.Work.BackendCpuMs):0.000} / {Mean(false, f => f.Work.BackendCpuMs):0.000} ms, " +
            $"WAL {Mean(true, f => f.Work.WalBytes):N0} / {Mean(false, f => f.Work.WalBytes):N0} B, commits {Mean(true, f => f.Work.Commits):0.00} / " +
            $"{Mean(false, f => f.Work.Commits):0.00}, rows written {Mean(true, f => f.Work.RowsWritten):0.0} / {Mean(false, f => f.Work.RowsWritten):0.0} | |");

        string Rounds(Func<RunFigures, double> of)
        {
            var costs = figures[true].Zip(figures[false], (on, off) => 1 - of(on) / of(off)).ToList();
            var sorted = costs.Order().ToList();
            var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
            return $"{string.Join(", ", costs.Select(c => c.ToString("+0.0%;-0.0%")))}: mean {costs.Average():+0.0%;-0.0%}, median {median:+0.0%;-0.0%}";
        }
    }

    private static async Task<RunFigures> RunOnceAsync(string name, Func<Task<BenchDatabase>> createDatabase, bool sealing, BenchOptions options)
    {
        await using var database = await createDatabase();
        var timings = new StoreTimings();
        await using var host = await EngineHost.StartAsync(database, runJobWorker: false, timings);
        var store = (EngineStore)((TimingEngineStore)host.Services.GetRequiredService<IEngineStore>()).Inner;
        if (options.ChainCostMarkOff) store.MarksAnchorPending = sealing;
        else store.SealsHistory = sealing;
        var sizeBefore = await database.SizeBytesAsync();
        timings.Reset();
        var probe = await PostgresWorkProbe.StartAsync(database);
        var straight = await StraightThroughBenchmark.RunAsync(host, options);
        var straightCommits = Commits(timings);
        var work = await probe.StopAsync();
        var bytes = await ChainRowBytes.MeasureAsync(database, BenchProcesses.StraightThroughId);
        var growth = (double)(await database.SizeBytesAsync() - sizeBefore) / Math.Max(1, bytes.Instances);
        timings.Reset();
        var roundTrips = await RoundTripBenchmark.RunAsync(host, options);
        var roundTripCommits = Commits(timings);
        if (!straight.Check.Passed || !roundTrips.Check.Passed)
        {
            Environment.ExitCode = 1;
            Console.WriteLine($"| {name} | FAILED | {straight.Check.Detail}; {roundTrips.Check.Detail} |");
        }
        return new RunFigures(straight, roundTrips, bytes, work.Per(bytes.Instances), !database.IsSqlite, growth,
            straightCommits.Calls / (double)Math.Max(1, bytes.Instances), straightCommits.MeanMs, roundTripCommits.MeanMs);
    }

    private static double HashMicroseconds(int entriesBytes)
    {
        var row = new JournalEntity { ProcessInstanceKey = 1, Sequence = 1, RecordedAt = DateTimeOffset.UtcNow, Entries = new string('x', entriesBytes), ChainPosition = 2,
            PreviousHash = new string('0', 64) };
        for (var i = 0; i < 1_000; i++) RowHash.Compute(row);
        const int rows = 20_000;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < rows; i++) RowHash.Compute(row);
        return clock.Elapsed.TotalMicroseconds / rows;
    }

    private static (long Calls, double MeanMs) Commits(StoreTimings timings)
    {
        var commit = timings.Snapshot().FirstOrDefault(t => t.Operation == "CommitAsync");
        return (commit.Calls, commit.Calls == 0 ? 0 : commit.TotalMs / commit.Calls);
    }

    private sealed record RunFigures(PhaseResult StraightPhase, PhaseResult RoundTripPhase, ChainRowBytes Bytes, WorkPerUnit Work, bool Postgres,
        double GrowthPerInstance,
        double CommitsPerInstance, double StraightCommitMs, double RoundTripCommitMs)
    {
        public double Straight => StraightPhase.Load.PerSecond;
        public double RoundTrips => RoundTripPhase.Load.PerSecond;
        public double StoredBytes => Bytes.InstanceRowBytes + Bytes.JournalRowBytes;

        public string Describe() =>
            $"{Straight:N0} instances/s (p50 {StraightPhase.Latency.P50:0.0} ms, p99 {StraightPhase.Latency.P99:0.0} ms; {CommitsPerInstance:0.00} commits per " +
            $"instance, {StraightCommitMs:0.00} ms each) | instance row {Bytes.InstanceRowBytes:N0} B + journal {Bytes.JournalRowBytes:N0} B " +
            $"(largest journal row {Bytes.LargestJournalRow:N0} B), database growth {GrowthPerInstance:N0} B per instance; {Work.Describe(Postgres)} | " +
            $"{RoundTrips:N0} round trips/s (p50 {RoundTripPhase.Latency.P50:0.0} ms, p99 {RoundTripPhase.Latency.P99:0.0} ms; {RoundTripCommitMs:0.00} ms per commit) | " +
            $"{Check(StraightPhase.Check)}; {Check(RoundTripPhase.Check)}";
    }

    private static string Check(Verification check) => (check.Passed ? "ok: " : "FAILED: ") + check.Detail;
}
