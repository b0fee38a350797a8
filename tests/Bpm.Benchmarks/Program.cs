using Bpm.Benchmarks;

BenchOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(BenchOptions.Usage);
        return 0;
    }
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var clock = System.Diagnostics.Stopwatch.StartNew();
Console.WriteLine("# BPM benchmark");
foreach (var line in await MachineInfo.DescribeAsync(options)) Console.WriteLine(line);
Console.WriteLine($"Settings: {options.Concurrency} concurrent callers, {options.WarmupSeconds} s warm-up + {options.DurationSeconds} s per phase, " +
    $"{options.WaitingInstances:N0} waiting instances, pgbench -c 8 -j 2 -T {options.PgbenchSeconds} (scale 8), bpmn-engine {options.PeerSeconds} s");
Console.WriteLine();

if (options.Cluster)
{
    Console.WriteLine($"[cluster] refused completions of open tasks under {options.Concurrency} callers, and takeover after a node dies ...");
    await EachDatabaseAsync(options, (name, database) => ClusterBenchmark.RunAsync(name, database, options));
    return 0;
}

if (options.JobModeOnly)
{
    Console.WriteLine($"[job-mode] 10-task process, every service task a background job, {options.Concurrency} callers ...");
    await EachDatabaseAsync(options, (name, database) => JobModeOnlyRun.RunAsync(name, database, options));
    return 0;
}

if (options.Timers)
{
    Console.WriteLine($"[timers] {options.TimerCount:N0} pending timers due over {options.TimerSpreadSeconds} s, fired by the due-timer sweep ...");
    await EachDatabaseAsync(options, async (name, database) => TimerBenchmark.Print(await TimerBenchmark.RunAsync(name, database, options)));
    return 0;
}

if (options.Bus)
{
    Console.WriteLine($"[bus] {options.BusMessages:N0} agency replies through RabbitMQ to as many waiting instances ...");
    await EachDatabaseAsync(options, async (name, database) => BusBenchmark.Print(await BusBenchmark.RunAsync(name, database, options)));
    return 0;
}

if (options.Decisions)
{
    Console.WriteLine($"[decisions] a {DecisionBenchmark.Rules}-rule decision table, {options.WarmupSeconds} s warm-up + {options.DurationSeconds} s, one thread ...");
    DecisionBenchmark.Run(options);
    Console.WriteLine($"[decisions] straight-through, 10 tasks, without and with one business rule task first, {options.Concurrency} callers ...");
    await EachDatabaseAsync(options, async (name, database) =>
    {
        await using var host = await EngineHost.StartAsync(database, runJobWorker: false);
        var plain = await StraightThroughBenchmark.RunAsync(host, options);
        var withRule = await BusinessRuleTaskBenchmark.RunAsync(host, options);
        Console.WriteLine($"| {name}: straight-through instances/s, 10 tasks | {plain.Load.PerSecond:N0} | p50 {plain.Latency.P50:0.00} ms, p99 {plain.Latency.P99:0.00} ms | {plain.Check.Detail} |");
        Console.WriteLine($"| {name}: straight-through instances/s, 10 tasks + 1 business rule task (50-rule table) | {withRule.Load.PerSecond:N0} | " +
            $"p50 {withRule.Latency.P50:0.00} ms, p99 {withRule.Latency.P99:0.00} ms | {(withRule.Check.Passed ? "" : "FAILED: ")}{withRule.Check.Detail} |");
    });
    return 0;
}

if (options.Verify)
{
    Console.WriteLine($"[verify] {options.VerifyInstances:N0} straight-through instances, then one offline verification of every chain and anchor ...");
    await EachDatabaseAsync(options, (name, database) => VerifyBenchmark.RunAsync(name, database, options));
    return 0;
}

if (options.Anchor)
{
    Console.WriteLine($"[anchor] {options.AnchorInstances:N0} instances not anchored yet (the first anchor, timed, seals them all), then {options.AnchorChanged:N0} of them changed before each timed anchor ...");
    await EachDatabaseAsync(options, (name, database) => AnchorBenchmark.RunAsync(name, database, options));
    return 0;
}

if (options.ChainCost)
{
    Console.WriteLine($"[chain-cost] straight-through and user-task phases, {(options.ChainCostMarkOff ? "chain on with and without the anchor-pending mark" : "history chain on and off")}, {options.ChainCostRounds} rounds ...");
    if (options.RunSqlite) await ChainCostBenchmark.RunAsync("SQLite", () => Task.FromResult(BenchDatabase.CreateSqlite()), options);
    if (options.RunPostgres) await ChainCostBenchmark.RunAsync("PostgreSQL", () => BenchDatabase.CreatePostgresAsync(options.PostgresAdmin), options);
    return 0;
}

if (options.Inbox)
{
    Console.WriteLine($"[inbox] {options.InboxTasks:N0} user tasks on PostgreSQL, {options.InboxSamples} inbox queries per kind ...");
    await InboxBenchmark.RunAsync(options);
    return 0;
}

if (options.DiscretionStatistics)
{
    Console.WriteLine($"[discretion-statistics] {options.DiscretionRows:N0} decided penalties on PostgreSQL, {options.DisclosureSamples} queries per kind ...");
    await DiscretionStatisticsBenchmark.RunAsync(options);
    return 0;
}

if (options.Disclosure)
{
    Console.WriteLine($"[disclosure] {options.DisclosureEntries:N0} public disclosure entries on PostgreSQL, {options.DisclosureSamples} queries per kind ...");
    await DisclosureBenchmark.RunAsync(options);
    return 0;
}

if (options.CaseList)
{
    Console.WriteLine($"[case-list] {options.CaseListCases:N0} cases on PostgreSQL, {options.CaseListSamples} case-list queries per kind with the access filter ...");
    await CaseListBenchmark.RunAsync(options);
    return 0;
}

if (options.Studio)
{
    Console.WriteLine($"[studio] {options.StudioLoads} cold first loads of the designer in headless Chromium, 1366×768 ...");
    return await StudioLoadBenchmark.RunAsync(options) ? 0 : 1;
}

if (options.Messages)
{
    Console.WriteLine($"[messages] {options.MessageCount:N0} waiting instances, {options.MessageCount:N0} messages published by {options.Concurrency} callers ...");
    await EachDatabaseAsync(options, async (name, database) => MessageBenchmark.Print(await MessageBenchmark.RunAsync(name, database, options)));
    return 0;
}

if (options.MessagesHttp)
{
    Console.WriteLine($"[messages-http] the server as a child process; {options.HttpMessageCount:N0} instances started and " +
        $"{options.HttpMessageCount:N0} messages published over HTTP by {options.Concurrency} callers ...");
    var httpPassed = true;
    await EachDatabaseAsync(options, async (name, database) =>
    {
        var result = await MessageHttpBenchmark.RunAsync(name, database, options);
        MessageHttpBenchmark.Print(result);
        httpPassed &= result.Passed;
    });
    Console.WriteLine($"Load average at end (1/5/15 min): {MachineInfo.LoadAverage()}; total time {clock.Elapsed.TotalSeconds:0} s");
    return httpPassed ? 0 : 1;
}

if (options.CpuPerInstance)
{
    await EachDatabaseAsync(options, (name, database) => CpuPerInstanceRun.RunAsync(name, database, options));
    return 0;
}

if (options.Profile)
{
    if (options.RunSqlite)
    {
        await using var sqlite = BenchDatabase.CreateSqlite();
        await ProfileRun.RunAsync("SQLite", sqlite, options);
    }
    if (options.RunPostgres)
    {
        await using var postgres = await BenchDatabase.CreatePostgresAsync(options.PostgresAdmin);
        await ProfileRun.RunAsync("PostgreSQL", postgres, options);
    }
    return 0;
}

var pgbench = BaselineResult.NotMeasured("not run (--no-pgbench)");
if (options.RunPgbench)
{
    Console.WriteLine($"[pgbench] TPC-B-like, 8 clients, {options.PgbenchSeconds} s ...");
    pgbench = await PgBench.RunAsync(options, asyncCommit: false);
    Console.WriteLine(pgbench.Missing ?? $"  pgbench: {pgbench.PerSecond:N0} tps, latency average {pgbench.LatencyMs:0.00} ms");
}
var peer = BaselineResult.NotMeasured("not run (--no-peer)");
if (options.RunPeer)
{
    Console.WriteLine($"[bpmn-engine] same 10-task process in memory, {options.PeerSeconds} s ...");
    peer = await PeerBenchmark.RunAsync(options);
    Console.WriteLine(peer.Missing ?? $"  bpmn-engine: {peer.PerSecond:N1} instances/s");
}

var table = new ResultTable();
if (pgbench.PerSecond is { } tps)
    table.Add(new ResultRow("PostgreSQL", "pgbench TPC-B-like tps (8 clients)", ProviderRun.Rate(tps), "", null, "1.00×", "", $"latency avg {pgbench.LatencyMs:0.00} ms"));
if (peer.PerSecond is { } peerRate)
    table.Add(new ResultRow("bpmn-engine", "straight-through instances/s (10 tasks, in memory)", ProviderRun.Rate(peerRate), "", null,
        ProviderRun.Ratio(pgbench.Ratio(peerRate)), "1.00×", "one caller (Node is single-threaded)"));

if (options.RunSqlite)
    await ProviderRun.RunAsync("SQLite", () => Task.FromResult(BenchDatabase.CreateSqlite()), options, pgbench, peer, table);
if (options.RunPostgres)
    await ProviderRun.RunAsync("PostgreSQL", () => BenchDatabase.CreatePostgresAsync(options.PostgresAdmin), options, pgbench, peer, table);
if (options.RunAsyncCommit && options.RunPostgres)
{
    Console.WriteLine("[pgbench] again with synchronous_commit=off on its database ...");
    var asyncPgbench = await PgBench.RunAsync(options, asyncCommit: true);
    if (asyncPgbench.PerSecond is { } asyncTps)
        table.Add(new ResultRow("PG sync_commit=off", "pgbench TPC-B-like tps (8 clients)", ProviderRun.Rate(asyncTps), "", null, "1.00×", "", "secondary"));
    await ProviderRun.RunAsync("PG sync_commit=off", () => BenchDatabase.CreatePostgresAsync(options.PostgresAdmin, asyncCommit: true),
        options, asyncPgbench, peer, table, withMemoryAndJobs: false);
}

Console.WriteLine();
table.Print(Console.Out);
Console.WriteLine();
if (pgbench.Missing is not null) Console.WriteLine($"pgbench: {pgbench.Missing}");
if (peer.Missing is not null) Console.WriteLine($"bpmn-engine: {peer.Missing}");
Console.WriteLine($"Load average at end (1/5/15 min): {MachineInfo.LoadAverage()}; total time {clock.Elapsed.TotalSeconds:0} s");
var failed = table.Rows.Any(r => r.Check.StartsWith("FAILED", StringComparison.Ordinal));
if (failed) Console.WriteLine("A correctness check FAILED: the figures above are not valid.");
return failed ? 1 : 0;

// A single-figure run (timers, bus) on each database the options select, each fresh.
static async Task EachDatabaseAsync(BenchOptions options, Func<string, BenchDatabase, Task> run)
{
    if (options.RunSqlite)
    {
        await using var sqlite = BenchDatabase.CreateSqlite();
        await run("SQLite", sqlite);
    }
    if (options.RunPostgres)
    {
        await using var postgres = await BenchDatabase.CreatePostgresAsync(options.PostgresAdmin);
        await run("PostgreSQL", postgres);
    }
}
