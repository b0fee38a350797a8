using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Benchmarks;

/// <summary>--timers: N instances wait at a timer catch event whose due times are spread evenly over a few seconds; then a
/// node with the background sweep starts (real clock) and fires them as they fall due. Lateness per timer is the firing
/// step's time (the instance's end) minus its due time.</summary>
public static class TimerBenchmark
{
    private const string ProcessId = "timer_bench";
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(5);
    // Starts in flight while the waiting instances are created: enough for the group commit to fill its batches (setup only;
    // the sweep that is measured runs on a node of its own afterwards).
    private const int LoaderCallers = 256;

    private static readonly string Model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="defs_timer_bench" targetNamespace="http://bpm.bench">
          <bpmn:process id="timer_bench" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait">
              <bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">=due</bpmn:timeDate></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static async Task<TimerBenchResult> RunAsync(string name, BenchDatabase database, BenchOptions options)
    {
        var count = options.TimerCount;
        var spread = TimeSpan.FromSeconds(options.TimerSpreadSeconds);
        // Loading takes longer than the spread: timers are created a day ahead, then moved to fall due shortly after the sweep starts.
        var farStart = DateTimeOffset.UtcNow.AddDays(1);
        var offsets = new ConcurrentDictionary<long, TimeSpan>();
        var load = Stopwatch.StartNew();
        await using (var loader = await EngineHost.StartAsync(database, runJobWorker: false))
        {
            await loader.DeployAsync(Model, "timer_bench.bpmn");
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, Math.Max(options.Concurrency, LoaderCallers)).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    var offset = spread * i / count;
                    var variables = new JsonObject { ["due"] = (farStart + offset).ToString("O") };
                    var started = await loader.Engine.StartProcessInstanceAsync(new StartProcessInstanceCommand(ProcessId, null, null, variables), CancellationToken.None);
                    offsets[long.Parse(started.ProcessInstanceKey)] = offset;
                }
            })));
        }
        var loadSeconds = load.Elapsed.TotalSeconds;
        Console.WriteLine($"  {name}: {count:N0} waiting timers created in {loadSeconds:0.0} s");

        var firstDue = DateTimeOffset.UtcNow + Lead;
        await ShiftTimersAsync(database, farStart - firstDue);
        var timings = new StoreTimings();
        var chunk = options.TimerChunkSize is { } size
            ? new Dictionary<string, string?> { ["Bpm:Engine:TimerFireChunkSize"] = size.ToString(CultureInfo.InvariantCulture) }
            : null;
        if (chunk is not null) Console.WriteLine($"  {name}: the sweep writes {options.TimerChunkSize} timers' steps per commit");
        var cost = await DrainCost.StartAsync(database);
        await using var node = await EngineHost.StartAsync(database, runJobWorker: false, timings, runTimerSweep: true, settings: chunk);
        var deadline = firstDue + spread + TimeSpan.FromMinutes(5);
        while (await AnyActiveAsync(node) && DateTimeOffset.UtcNow < deadline) await Task.Delay(200);
        await cost.PrintAsync(name, count);
        // The sweep's store calls per timer (these do not depend on the machine's load).
        foreach (var (operation, calls, totalMs, _) in timings.Snapshot())
            Console.WriteLine($"    {operation,-26} {calls / (double)Math.Max(1, count),8:0.000} calls/timer  {totalMs / calls,7:0.00} ms/call");

        var ended = await EndTimesAsync(node);
        var lateness = ended.Where(e => offsets.ContainsKey(e.Key))
            .Select(e => (e.Value - (firstDue + offsets[e.Key])).TotalMilliseconds).OrderBy(x => x).ToArray();
        if (lateness.Length > 0)
            Console.WriteLine($"  {name}: check: {lateness.Length:N0} of {count:N0} instances ended by their timer; earliest firing " +
                $"{lateness[0]:0.0} ms after its due time; {lateness.Count(x => x < 0):N0} fired early");
        var last = ended.Count == 0 ? firstDue : ended.Values.Max();
        var sweepSeconds = (last - firstDue).TotalSeconds;
        return new TimerBenchResult(name, count, spread.TotalSeconds, loadSeconds, sweepSeconds, lateness.Length / Math.Max(sweepSeconds, 0.001),
            new LatencySummary(lateness.Length, Percentile(lateness, 0.50), Percentile(lateness, 0.99), lateness.Length == 0 ? 0 : lateness[^1]),
            lateness.Length);
    }

    public static void Print(TimerBenchResult r)
    {
        Console.WriteLine($"  {r.Provider}: {r.Fired:N0}/{r.Timers:N0} timers fired; due over {r.SpreadSeconds:0} s, the last fired " +
            $"{r.SweepSeconds:0.00} s after the first was due ({r.FiredPerSecond:N0} timers/s); lateness p50 {r.Lateness.P50:0.0} ms, " +
            $"p99 {r.Lateness.P99:0.0} ms, max {r.Lateness.Max:0.0} ms (load {r.LoadSeconds:0.0} s)");
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Moves every pending timer earlier by <paramref name="by"/> in one statement.</summary>
    private static async Task ShiftTimersAsync(BenchDatabase database, TimeSpan by)
    {
        DbConnection connection = database.IsSqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString)
            : new Npgsql.NpgsqlConnection(database.ConnectionString);
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = database.IsSqlite
                ? "UPDATE subscriptions SET due_at = due_at - @by WHERE kind = 'TIMER'"
                : "UPDATE subscriptions SET due_at = due_at - @by WHERE kind = 'TIMER'";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@by";
            parameter.Value = database.IsSqlite ? by.Ticks : by;
            command.Parameters.Add(parameter);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Whether any instance still waits. Not a count: counting the waiting instances five times a second read up to
    /// all 100,000 index entries each time and was a visible part of the backends' CPU charged to the drain.</summary>
    private static async Task<bool> AnyActiveAsync(EngineHost host)
    {
        await using var context = await host.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        return await context.ProcessInstances.AnyAsync(i => i.BpmnProcessId == ProcessId && i.State == Bpm.Engine.Persistence.States.ProcessInstanceState.Active);
    }

    private static async Task<Dictionary<long, DateTimeOffset>> EndTimesAsync(EngineHost host)
    {
        await using var context = await host.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        var rows = await context.ProcessInstances.AsNoTracking()
            .Where(i => i.BpmnProcessId == ProcessId && i.EndedAt != null)
            .Select(i => new { i.Key, i.EndedAt })
            .ToListAsync();
        return rows.ToDictionary(r => r.Key, r => r.EndedAt!.Value);
    }
}
