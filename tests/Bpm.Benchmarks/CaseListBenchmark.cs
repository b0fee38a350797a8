using System.Diagnostics;
using Bpm.Engine.Cases;
using Bpm.Engine.People;
using Bpm.Engine.Queries;
using Bpm.Engine.UserTasks;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Bpm.Benchmarks;

/// <summary>The case list with the access filter at scale: N cases bulk-copied into PostgreSQL (90 % in one of 90 units, 10 %
/// at city level; a third still active), two tasks per case held by officers of the case's unit, 3 % with a task held by an
/// officer of another unit (participation), a fifth of the open tasks also waiting for a candidate group. Then p50/p95 of the
/// first page (50, newest first, with the total) through <see cref="ICaseAccessService.ListInstancesAsync"/> for random
/// officers, heads of a city, supervisors of a city and the admin.</summary>
public static class CaseListBenchmark
{
    public static async Task RunAsync(BenchOptions options)
    {
        await using var database = await BenchDatabase.CreatePostgresAsync(options.PostgresAdmin);
        await using var host = await EngineHost.StartAsync(database, runJobWorker: false,
            configure: (services, _) => services.AddSingleton<IPeopleDirectory, CaseListPeopleDirectory>());
        var load = Stopwatch.StartNew();
        await LoadAsync(database.ConnectionString, options.CaseListCases);
        Console.WriteLine($"  loaded {options.CaseListCases:N0} cases and their tasks in {load.Elapsed.TotalSeconds:0.0} s (COPY + VACUUM ANALYZE)");

        var cases = host.Services.GetRequiredService<ICaseAccessService>();
        var random = new Random(7);
        var kinds = new (string Name, Func<Random, TaskActor> Actor, string? State)[]
        {
            ("officer", r => new TaskActor(InboxPeopleDirectory.User(r.Next(InboxPeopleDirectory.Users)), ["officer"]), null),
            ("officer ACTIVE", r => new TaskActor(InboxPeopleDirectory.User(r.Next(InboxPeopleDirectory.Users)), ["officer"]), "ACTIVE"),
            ("head of city", r => new TaskActor(CaseListPeopleDirectory.Head(r.Next(CaseListPeopleDirectory.Cities)), ["head"]), null),
            ("supervisor", r => new TaskActor(CaseListPeopleDirectory.Supervisor(r.Next(CaseListPeopleDirectory.Cities)), ["supervisor"]), null),
            ("admin", _ => new TaskActor("admin", ["admin"]), null),
        };
        foreach (var (name, actor, state) in kinds)
        {
            var filter = new ProcessInstanceFilter(state, null, null, 1, 50);
            for (var i = 0; i < 20; i++) await cases.ListInstancesAsync(filter, actor(random), CancellationToken.None);
            var samples = new List<double>();
            long total = 0;
            for (var i = 0; i < options.CaseListSamples; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var page = await cases.ListInstancesAsync(filter, actor(random), CancellationToken.None);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                total += page.Total;
            }
            samples.Sort();
            Console.WriteLine($"  {name,-15} {samples.Count} samples: p50 {Percentile(samples, 0.50):0.00} ms, p95 {Percentile(samples, 0.95):0.00} ms, " +
                $"max {samples[^1]:0.00} ms, average total {total / (double)samples.Count:0} cases");
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>An officer of unit <paramref name="unit"/> (InboxPeopleDirectory puts user i in unit i % 90).</summary>
    private static string OfficerOf(int unit, Random random)
    {
        var perUnit = (InboxPeopleDirectory.Users - unit + 89) / 90;
        return InboxPeopleDirectory.User(unit + 90 * random.Next(perUnit));
    }

    private static async Task LoadAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        var tasks = new List<(long Instance, string? Assignee, string? Group, bool Open, string Organisation, DateTimeOffset Created)>();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY process_instances (key, process_definition_key, bpmn_process_id, version, business_key, state, started_at, ended_at, revision, " +
            "state_data, active_element_ids, has_incident, organisation_id, started_by) FROM STDIN (FORMAT BINARY)"))
        {
            for (long key = 1; key <= count; key++)
            {
                var unit = random.Next(90);
                var atCity = random.NextDouble() < 0.1;
                var organisation = atCity ? InboxPeopleDirectory.City(unit) : InboxPeopleDirectory.Unit(unit);
                var active = random.NextDouble() < 0.33;
                var started = now.AddMinutes(-random.Next(60 * 24 * 365 * 2));
                var starter = OfficerOf(unit, random);
                await writer.StartRowAsync();
                await writer.WriteAsync(1_000_000_000 + key, NpgsqlDbType.Bigint);
                await writer.WriteAsync(1L, NpgsqlDbType.Bigint);
                await writer.WriteAsync("case-bench", NpgsqlDbType.Text);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync($"案-{key}", NpgsqlDbType.Text);
                await writer.WriteAsync(active ? "ACTIVE" : "COMPLETED", NpgsqlDbType.Text);
                await writer.WriteAsync(started.UtcDateTime, NpgsqlDbType.TimestampTz);
                if (active) await writer.WriteNullAsync(); else await writer.WriteAsync(started.AddDays(30).UtcDateTime, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(3L, NpgsqlDbType.Bigint);
                await writer.WriteAsync("{}", NpgsqlDbType.Text);
                await writer.WriteAsync(active ? "review" : "", NpgsqlDbType.Text);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(organisation, NpgsqlDbType.Text);
                await writer.WriteAsync(starter, NpgsqlDbType.Text);
                var instance = 1_000_000_000 + key;
                tasks.Add((instance, starter, null, false, organisation, started));
                var open = active && random.NextDouble() < 0.5;
                var group = open && random.NextDouble() < 0.2 ? InboxPeopleDirectory.Group(random.Next(InboxPeopleDirectory.Groups)) : null;
                tasks.Add((instance, group is null ? OfficerOf(unit, random) : null, group, open, organisation, started.AddDays(1)));
                if (random.NextDouble() < 0.03)
                    tasks.Add((instance, OfficerOf(random.Next(90), random), null, false, organisation, started.AddDays(2)));
            }
            await writer.CompleteAsync();
        }
        var candidates = new List<(long Task, string Group)>();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY user_tasks (key, process_instance_key, element_instance_key, element_id, name, bpmn_process_id, state, assignee, " +
            "candidate_groups, candidate_users, priority, created_at, completed_at, organisation_id) FROM STDIN (FORMAT BINARY)"))
        {
            long key = 0;
            foreach (var task in tasks)
            {
                key++;
                await writer.StartRowAsync();
                await writer.WriteAsync(key, NpgsqlDbType.Bigint);
                await writer.WriteAsync(task.Instance, NpgsqlDbType.Bigint);
                await writer.WriteAsync(3_000_000_000 + key, NpgsqlDbType.Bigint);
                await writer.WriteAsync("review", NpgsqlDbType.Text);
                await writer.WriteAsync("审核", NpgsqlDbType.Text);
                await writer.WriteAsync("case-bench", NpgsqlDbType.Text);
                await writer.WriteAsync(task.Open ? "CREATED" : "COMPLETED", NpgsqlDbType.Text);
                if (task.Assignee is null) await writer.WriteNullAsync(); else await writer.WriteAsync(task.Assignee, NpgsqlDbType.Text);
                await writer.WriteAsync(task.Group is null ? "[]" : $"[\"{task.Group}\"]", NpgsqlDbType.Text);
                await writer.WriteAsync("[]", NpgsqlDbType.Text);
                await writer.WriteAsync(50, NpgsqlDbType.Integer);
                await writer.WriteAsync(task.Created.UtcDateTime, NpgsqlDbType.TimestampTz);
                if (task.Open) await writer.WriteNullAsync(); else await writer.WriteAsync(task.Created.AddDays(1).UtcDateTime, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(task.Organisation, NpgsqlDbType.Text);
                if (task.Open && task.Group is not null) candidates.Add((key, task.Group));
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync("COPY user_task_candidates (task_key, kind, value) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (task, group) in candidates)
                await writer.WriteRowAsync(CancellationToken.None, task, "group", group);
            await writer.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 600 };
        await analyze.ExecuteNonQueryAsync();
    }
}
