using System.Diagnostics;
using Bpm.Engine.People;
using Bpm.Engine.UserTasks;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Bpm.Benchmarks;

/// <summary>The inbox at scale: N user tasks bulk-copied into PostgreSQL (20 % open: half assigned, half waiting for a
/// candidate group, a fifth of those also for a candidate user), then p50/p95 of "assigned to me" and "candidate for me"
/// through <see cref="IUserTaskService.ListAsync"/> (EF query, page of 50 by due date) for random users.</summary>
public static class InboxBenchmark
{
    public static async Task RunAsync(BenchOptions options)
    {
        await using var database = await BenchDatabase.CreatePostgresAsync(options.PostgresAdmin);
        await using var host = await EngineHost.StartAsync(database, runJobWorker: false,
            configure: (services, _) => services.AddSingleton<IPeopleDirectory, InboxPeopleDirectory>());
        var load = Stopwatch.StartNew();
        await LoadAsync(database.ConnectionString, options.InboxTasks);
        Console.WriteLine($"  loaded {options.InboxTasks:N0} tasks in {load.Elapsed.TotalSeconds:0.0} s (COPY + VACUUM ANALYZE)");

        if (Environment.GetEnvironmentVariable("BPM_BENCH_EXPLAIN") == "1") await ExplainAsync(database.ConnectionString);
        var service = host.Services.GetRequiredService<IUserTaskService>();
        var random = new Random(7);
        foreach (var (name, query) in new[]
        {
            ("assignedToMe", new InboxQuery { AssignedToMe = true, Sort = "dueDate" }),
            ("candidateForMe", new InboxQuery { CandidateForMe = true, Sort = "dueDate" }),
        })
        {
            for (var i = 0; i < 20; i++) await service.ListAsync(query, Actor(random), CancellationToken.None);
            var samples = new List<double>();
            long rows = 0;
            for (var i = 0; i < options.InboxSamples; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var page = await service.ListAsync(query, Actor(random), CancellationToken.None);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                rows += page.Total;
            }
            samples.Sort();
            Console.WriteLine($"  {name,-15} {samples.Count} samples: p50 {Percentile(samples, 0.50):0.00} ms, p95 {Percentile(samples, 0.95):0.00} ms, " +
                $"max {samples[^1]:0.00} ms, average total {rows / (double)samples.Count:0} tasks");
        }
    }

    private static async Task ExplainAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            "SELECT t.key FROM user_tasks t WHERE t.state = 'CREATED' AND t.assignee IS NULL AND t.key = ANY(ARRAY(SELECT c.task_key FROM user_task_candidates c WHERE c.kind = 'user' AND c.value = 'officer-0005' UNION ALL SELECT c.task_key FROM user_task_candidates c WHERE c.kind = 'group' AND c.value = ANY(ARRAY['group-035','group-088']))) ORDER BY t.due_date IS NULL, t.due_date, t.key LIMIT 50",
            "SELECT count(*) FROM user_tasks t WHERE t.state = 'CREATED' AND t.assignee IS NULL AND t.key = ANY(ARRAY(SELECT c.task_key FROM user_task_candidates c WHERE c.kind = 'user' AND c.value = 'officer-0005' UNION ALL SELECT c.task_key FROM user_task_candidates c WHERE c.kind = 'group' AND c.value = ANY(ARRAY['group-035','group-088'])))",
        })
        {
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) Console.WriteLine("    " + reader.GetString(0));
        }
    }

    private static TaskActor Actor(Random random) => new(InboxPeopleDirectory.User(random.Next(InboxPeopleDirectory.Users)), ["officer"]);

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task LoadAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        var candidates = new List<(long Task, string Kind, string Value)>();
        var organisations = new List<(long Task, string Unit)>();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY user_tasks (key, process_instance_key, element_instance_key, element_id, name, bpmn_process_id, state, assignee, " +
            "candidate_groups, candidate_users, due_date, priority, created_at, completed_at, organisation_id, warning_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (long key = 1; key <= count; key++)
            {
                var open = random.NextDouble() < 0.2;
                var assigned = !open || random.NextDouble() < 0.5;
                var unit = random.Next(90);
                var group = InboxPeopleDirectory.Group(random.Next(InboxPeopleDirectory.Groups));
                var candidateUser = !assigned && random.NextDouble() < 0.2 ? InboxPeopleDirectory.User(random.Next(InboxPeopleDirectory.Users)) : null;
                var created = now.AddMinutes(-random.Next(60 * 24 * 365));
                var due = created.AddDays(random.Next(1, 60));
                await writer.StartRowAsync();
                await writer.WriteAsync(key, NpgsqlDbType.Bigint);
                await writer.WriteAsync(1_000_000_000 + key, NpgsqlDbType.Bigint);
                await writer.WriteAsync(2_000_000_000 + key, NpgsqlDbType.Bigint);
                await writer.WriteAsync("review", NpgsqlDbType.Text);
                await writer.WriteAsync("审核", NpgsqlDbType.Text);
                await writer.WriteAsync("inbox-bench", NpgsqlDbType.Text);
                await writer.WriteAsync(open ? "CREATED" : "COMPLETED", NpgsqlDbType.Text);
                if (assigned) await writer.WriteAsync(InboxPeopleDirectory.User(random.Next(InboxPeopleDirectory.Users)), NpgsqlDbType.Text);
                else await writer.WriteNullAsync();
                await writer.WriteAsync($"[\"{group}\"]", NpgsqlDbType.Text);
                await writer.WriteAsync(candidateUser is null ? "[]" : $"[\"{candidateUser}\"]", NpgsqlDbType.Text);
                await writer.WriteAsync(due.UtcDateTime, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(random.Next(0, 101), NpgsqlDbType.Integer);
                await writer.WriteAsync(created.UtcDateTime, NpgsqlDbType.TimestampTz);
                if (open) await writer.WriteNullAsync(); else await writer.WriteAsync(created.AddDays(1).UtcDateTime, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(InboxPeopleDirectory.Unit(unit), NpgsqlDbType.Text);
                await writer.WriteAsync(created.AddDays((due - created).TotalDays * 0.8).UtcDateTime, NpgsqlDbType.TimestampTz);
                if (open)
                {
                    candidates.Add((key, "group", group));
                    if (candidateUser is not null) candidates.Add((key, "user", candidateUser));
                }
                organisations.Add((key, InboxPeopleDirectory.Unit(unit)));
                organisations.Add((key, InboxPeopleDirectory.City(unit)));
                organisations.Add((key, "henan"));
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync("COPY user_task_candidates (task_key, kind, value) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (task, kind, value) in candidates)
                await writer.WriteRowAsync(CancellationToken.None, task, kind, value);
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync("COPY user_task_organisations (task_key, organisation_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (task, unit) in organisations)
                await writer.WriteRowAsync(CancellationToken.None, task, unit);
            await writer.CompleteAsync();
        }
        // What autovacuum does after a bulk load: statistics and the visibility map (index-only scans).
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 600 };
        await analyze.ExecuteNonQueryAsync();
    }
}
