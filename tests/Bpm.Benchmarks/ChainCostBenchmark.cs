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
        Console.WriteLine($"| {name} | per-round throughput cost (1 - on/off of the same round) | straight-through {Rounds(f => f.Straight, slower: true)} | " +
            $"user-task {Rounds(f => f.RoundTrips, slower: true)} | |");
        Console.WriteLine($"| {name} | per-round CPU cost (engine + database per unit, on/off - 1) | straight-through {Rounds(f => f.Work.TotalCpuMs, slower: false)} | " +
            $"user-task {Rounds(f => f.RoundTripWork.TotalCpuMs, slower: false)} | |");
        Console.WriteLine($"| {name} | work per straight-through instance, mean on / off | {Work(f => f.Work)} | |");
        Console.WriteLine($"| {name} | work per user-task round trip, mean on / off | {Work(f => f.RoundTripWork)} | |");
        Console.WriteLine($"| {name} | HistoryChain.Seal, in process, chain-on runs | {Mean(true, f => f.SealMicrosPerInstance):0.0} µs per straight-through instance, " +
            $"{Mean(true, f => f.SealMicrosPerRoundTrip):0.0} µs per round trip | |");
        foreach (var (phase, throughput, cpu) in new[]
                 {
                     ("straight-through", Median(f => f.Straight, slower: true), Median(f => f.Work.TotalCpuMs, slower: false)),
                     ("user-task", Median(f => f.RoundTrips, slower: true), Median(f => f.RoundTripWork.TotalCpuMs, slower: false)),
                 })
        {
            // The CPU per unit does not depend on the machine's load; the throughput median of rounds does, so both must hold.
            var verdict = throughput < 0.10 && cpu < 0.10 ? "under 10%" : "NOT under 10%";
            Console.WriteLine($"| {name} | verdict, {phase} | {verdict}: median of {options.ChainCostRounds} rounds {throughput:+0.0%;-0.0%} slower, " +
                $"median CPU per unit (engine + database) {cpu:+0.0%;-0.0%} | |");
        }

        string Work(Func<RunFigures, WorkPerUnit> of) =>
            $"CPU bench {Mean(true, f => of(f).ProcessCpuMs):0.000} / {Mean(false, f => of(f).ProcessCpuMs):0.000} ms, " +
            $"PostgreSQL {Mean(true, f => of(f).BackendCpuMs):0.000} / {Mean(false, f => of(f).BackendCpuMs):0.000} ms, " +
            $"together {Mean(true, f => of(f).TotalCpuMs):0.000} / {Mean(false, f => of(f).TotalCpuMs):0.000} ms, " +
            $"WAL {Mean(true, f => of(f).WalBytes):N0} / {Mean(false, f => of(f).WalBytes):N0} B, commits {Mean(true, f => of(f).Commits):0.00} / " +
            $"{Mean(false, f => of(f).Commits):0.00}, rows written {Mean(true, f => of(f).RowsWritten):0.0} / {Mean(false, f => of(f).RowsWritten):0.0}, " +
            $"instance updates {Mean(true, f => of(f).InstanceUpdates):0.00} / {Mean(false, f => of(f).InstanceUpdates):0.00} " +
            $"(HOT {Mean(true, f => of(f).InstanceHotUpdates):0.00} / {Mean(false, f => of(f).InstanceHotUpdates):0.00})";

        // Throughput: 1 - on/off (how much slower); CPU: on/off - 1 (how much more work).
        List<double> Costs(Func<RunFigures, double> of, bool slower) =>
            figures[true].Zip(figures[false], (on, off) => slower ? 1 - of(on) / of(off) : of(on) / Math.Max(1e-9, of(off)) - 1).ToList();

        double Median(Func<RunFigures, double> of, bool slower)
        {
            var sorted = Costs(of, slower).Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        string Rounds(Func<RunFigures, double> of, bool slower)
        {
            var costs = Costs(of, slower);
            return $"{string.Join(", ", costs.Select(c => c.ToString("+0.0%;-0.0%")))}: mean {costs.Average():+0.0%;-0.0%}, median {Median(of, slower):+0.0%;-0.0%}";
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
        store.TimesSeal = true;
        var sizeBefore = await database.SizeBytesAsync();
        timings.Reset();
        var probe = await PostgresWorkProbe.StartAsync(database);
        var seal = SealClock.Start(store);
        var straight = await StraightThroughBenchmark.RunAsync(host, options);
        var straightCommits = Commits(timings);
        var work = await probe.StopAsync();
        var straightSealMicros = seal.StopMicros();
        var bytes = await ChainRowBytes.MeasureAsync(database, BenchProcesses.StraightThroughId);
        var growth = (double)(await database.SizeBytesAsync() - sizeBefore) / Math.Max(1, bytes.Instances);
        timings.Reset();
        var roundTripProbe = await PostgresWorkProbe.StartAsync(database);
        seal = SealClock.Start(store);
        var roundTrips = await RoundTripBenchmark.RunAsync(host, options);
        var roundTripCommits = Commits(timings);
        var roundTripWork = await roundTripProbe.StopAsync();
        var roundTripSealMicros = seal.StopMicros();
        var roundTripBytes = await ChainRowBytes.MeasureAsync(database, BenchProcesses.UserTaskId);
        var roundTripCount = Math.Max(1, roundTripBytes.Instances);
        if (!straight.Check.Passed || !roundTrips.Check.Passed)
        {
            Environment.ExitCode = 1;
            Console.WriteLine($"| {name} | FAILED | {straight.Check.Detail}; {roundTrips.Check.Detail} |");
        }
        return new RunFigures(straight, roundTrips, bytes, roundTripBytes, work.Per(bytes.Instances), roundTripWork.Per(roundTripCount), !database.IsSqlite, growth,
            straightCommits.Calls / (double)Math.Max(1, bytes.Instances), straightCommits.MeanMs, roundTripCommits.MeanMs,
            straightSealMicros / Math.Max(1, bytes.Instances), roundTripSealMicros / roundTripCount);
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

    private sealed record RunFigures(PhaseResult StraightPhase, PhaseResult RoundTripPhase, ChainRowBytes Bytes, ChainRowBytes RoundTripBytes,
        WorkPerUnit Work, WorkPerUnit RoundTripWork, bool Postgres, double GrowthPerInstance,
        double CommitsPerInstance, double StraightCommitMs, double RoundTripCommitMs, double SealMicrosPerInstance, double SealMicrosPerRoundTrip)
    {
        public double Straight => StraightPhase.Load.PerSecond;
        public double RoundTrips => RoundTripPhase.Load.PerSecond;
        public double StoredBytes => Bytes.InstanceRowBytes + Bytes.JournalRowBytes;

        public string Describe() =>
            $"{Straight:N0} instances/s (p50 {StraightPhase.Latency.P50:0.0} ms, p99 {StraightPhase.Latency.P99:0.0} ms; {CommitsPerInstance:0.00} commits per " +
            $"instance, {StraightCommitMs:0.00} ms each) | instance row {Bytes.InstanceRowBytes:N0} B + journal {Bytes.JournalRowBytes:N0} B " +
            $"(largest journal row {Bytes.LargestJournalRow:N0} B), database growth {GrowthPerInstance:N0} B per instance; {Work.Describe(Postgres)} | " +
            $"{RoundTrips:N0} round trips/s (p50 {RoundTripPhase.Latency.P50:0.0} ms, p99 {RoundTripPhase.Latency.P99:0.0} ms; {RoundTripCommitMs:0.00} ms per commit; " +
            $"per round trip {RoundTripWork.Describe(Postgres)}, instance row + journal rows {RoundTripBytes.InstanceRowBytes:N0} + {RoundTripBytes.JournalRowBytes:N0} B) | " +
            $"{Check(StraightPhase.Check)}; {Check(RoundTripPhase.Check)}";
    }

    /// <summary>The time <see cref="EngineStore"/> spent sealing (<see cref="EngineStore.TimesSeal"/>) during one phase.</summary>
    private readonly record struct SealClock(EngineStore Store, long Ticks)
    {
        public static SealClock Start(EngineStore store) => new(store, Interlocked.Read(ref store.SealTicks));

        public double StopMicros() =>
            (Interlocked.Read(ref Store.SealTicks) - Ticks) * 1_000_000.0 / System.Diagnostics.Stopwatch.Frequency;
    }

    private static string Check(Verification check) => (check.Passed ? "ok: " : "FAILED: ") + check.Detail;
}
