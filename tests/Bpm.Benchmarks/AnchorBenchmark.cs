using System.Diagnostics;
using Bpm.Engine.Queries;
using Bpm.Engine.Records;
using Bpm.Engine.Runtime.Commands;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bpm.Benchmarks;

/// <summary>The anchor figure (issue 16): what one anchor costs when M instances changed since the last one in a database of
/// N. 1,000 instances of start → user task → end are started by the engine and wait at their task; the rest of the N are
/// copies of one of them inserted by SQL, marked as changed since the last anchor (a large load not anchored yet); the first
/// anchor, timed, must seal all N heads. Then, five times, M waiting instances complete (their heads move) and the next
/// anchor is timed; each must seal exactly those M.</summary>
public static class AnchorBenchmark
{
    private const int Started = 1_000;
    private const int Rounds = 5;

    public static async Task RunAsync(string name, BenchDatabase database, BenchOptions options)
    {
        await using var host = await EngineHost.StartAsync(database, runJobWorker: false);
        await host.DeployAsync(BenchProcesses.UserTask(), "user-task.bpmn");
        var keys = new List<long>();
        for (var i = 0; i < Started; i++)
            keys.Add(long.Parse((await host.Engine.StartProcessInstanceAsync(
                new StartProcessInstanceCommand(BenchProcesses.UserTaskId), CancellationToken.None)).ProcessInstanceKey));
        await InsertAnchoredCopiesAsync(database, keys[0], options.AnchorInstances - Started);
        var anchorer = host.Services.GetRequiredService<RecordAnchorer>();
        var firstTimed = Stopwatch.StartNew();
        var first = await anchorer.AnchorAsync(CancellationToken.None);
        var firstMs = firstTimed.Elapsed.TotalMilliseconds;

        var changed = Math.Min(options.AnchorChanged, Started / Rounds);
        var times = new List<double>();
        var ok = first?.LeafCount == Math.Max(Started, options.AnchorInstances);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var key in keys.Skip(round * changed).Take(changed))
            {
                var task = (await host.Queries.ListUserTasksAsync(new UserTaskFilter(key.ToString(), "CREATED", null, null, 1, 10),
                    CancellationToken.None)).Items.Single();
                await host.Engine.CompleteUserTaskAsync(long.Parse(task.UserTaskKey), null, CancellationToken.None);
            }
            var timed = Stopwatch.StartNew();
            var anchor = await anchorer.AnchorAsync(CancellationToken.None);
            times.Add(timed.Elapsed.TotalMilliseconds);
            ok &= anchor?.LeafCount == changed;
        }
        times.Sort();
        Console.WriteLine($"| {name} | anchor after {changed:N0} of {options.AnchorInstances:N0} instances changed | median {times[Rounds / 2]:0.0} ms " +
            $"(min {times[0]:0.0}, max {times[^1]:0.0}, {Rounds} anchors) | first anchor sealed {first?.LeafCount ?? 0:N0} heads in {firstMs:N0} ms | " +
            $"{(ok ? "ok: each anchor sealed exactly the changed instances" : "FAILED: an anchor did not seal exactly the changed instances")} |");
        if (!ok) Environment.ExitCode = 1;
    }

    /// <summary>Copies of <paramref name="template"/> with keys and heads of their own, marked as not anchored yet.</summary>
    private static async Task InsertAnchoredCopiesAsync(BenchDatabase database, long template, int count)
    {
        if (count <= 0) return;
        var numbers = database.IsSqlite
            ? $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count}) "
            : $"WITH n(i) AS (SELECT generate_series(1, {count})) ";
        const string copyKey = "(9000000000000000 + i)";
        // A head of its own per copy, stored as bytes like every head (migration 0027).
        var copyHead = database.IsSqlite ? $"unhex(printf('%064x', {copyKey}))" : $"decode(lpad(to_hex({copyKey}), 64, '0'), 'hex')";
        var sql = numbers +
            "INSERT INTO process_instances (key, process_definition_key, bpmn_process_id, version, state, started_at, revision, state_data, " +
            "active_element_ids, has_incident, organisation_id, history_entries, history_head_hash, history_anchor_pending) " +
            $"SELECT {copyKey}, t.process_definition_key, t.bpmn_process_id, t.version, t.state, t.started_at, t.revision, t.state_data, " +
            $"t.active_element_ids, t.has_incident, t.organisation_id, t.history_entries, {copyHead}, t.history_anchor_pending " +
            $"FROM n, process_instances t WHERE t.key = {template};";
        if (database.IsSqlite)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new SqliteCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
