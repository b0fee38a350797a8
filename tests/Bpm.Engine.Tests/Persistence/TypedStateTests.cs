using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Bpm.Engine.Tests.Infrastructure.EntityFactory;

namespace Bpm.Engine.Tests.Persistence;

/// <summary>Typed states (issue 13, item 3): the engine compares enums, the database and the API keep the texts they always
/// held (no migration, no API change).</summary>
public abstract class TypedStateTests(DatabaseProvider provider)
{
    [Fact]
    public async Task An_incident_state_is_stored_as_the_text_the_column_always_held_and_filtered_as_an_enum()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance();
        var resolved = Incident(instance.Key, "RESOLVED");
        var changes = new StepChangeSet();
        changes.InsertedIncidents.AddRange([Incident(instance.Key), resolved]);
        await db.Store.CommitAsync(changes, CancellationToken.None);

        await using var context = await db.ContextFactory.CreateDbContextAsync();
        var stored = await context.Database.SqlQuery<string>($"SELECT state AS \"Value\" FROM incidents WHERE key = {resolved.Key}").SingleAsync();
        Assert.Equal("RESOLVED", stored);
        Assert.Equal(resolved.Key, (await context.Incidents.SingleAsync(i => i.ProcessInstanceKey == instance.Key && i.State == IncidentState.Resolved)).Key);
        Assert.Equal(["ACTIVE"], (await db.Queries.ListIncidentsAsync(instance.Key, "ACTIVE", CancellationToken.None)).Select(i => i.State));
        Assert.Empty(await db.Queries.ListIncidentsAsync(instance.Key, "active", CancellationToken.None));
    }

    [Fact]
    public async Task Instance_task_and_job_states_are_stored_as_the_texts_the_columns_always_held()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance(state: "TERMINATED");
        var task = UserTask(instance.Key, state: "CANCELED");
        var job = Job(instance.Key, Now);
        job.State = JobState.Failed;
        var changes = new StepChangeSet();
        changes.InsertedInstances.Add(instance);
        changes.InsertedUserTasks.Add(task);
        changes.InsertedJobs.Add(job);
        await db.Store.CommitAsync(changes, CancellationToken.None);

        await using var context = await db.ContextFactory.CreateDbContextAsync();
        Assert.Equal("TERMINATED", await context.Database.SqlQuery<string>($"SELECT state AS \"Value\" FROM process_instances WHERE key = {instance.Key}").SingleAsync());
        Assert.Equal("CANCELED", await context.Database.SqlQuery<string>($"SELECT state AS \"Value\" FROM user_tasks WHERE key = {task.Key}").SingleAsync());
        Assert.Equal("FAILED", await context.Database.SqlQuery<string>($"SELECT state AS \"Value\" FROM jobs WHERE key = {job.Key}").SingleAsync());
        Assert.Equal(task.Key, (await context.UserTasks.SingleAsync(t => t.ProcessInstanceKey == instance.Key && t.State == UserTaskState.Canceled)).Key);
        Assert.Equal("TERMINATED", (await db.Queries.GetInstanceAsync(instance.Key, CancellationToken.None))!.State);
        Assert.Equal(["CANCELED"], (await db.Queries.ListUserTasksAsync(new(instance.Key.ToString(), "CANCELED", null, null, 1, 10), CancellationToken.None)).Items.Select(t => t.State));
        Assert.Empty((await db.Queries.ListUserTasksAsync(new(instance.Key.ToString(), "canceled", null, null, 1, 10), CancellationToken.None)).Items);
    }

    private static void RoundTrips<TState>() where TState : struct, Enum
    {
        foreach (var state in Enum.GetValues<TState>())
            Assert.Equal(state, StateText<TState>.Parse(StateText<TState>.Of(state)));
        Assert.Equal(Enum.GetValues<TState>().Length, StateText<TState>.All.Distinct().Count());
    }

    private enum Sample
    {
        ActivatableLater,
    }

    /// <summary>The tests of this class that do not run on each database: they run once.</summary>
    public sealed class WithoutDatabase
    {
        [Fact]
        public void A_state_is_its_name_in_upper_snake_case_both_ways()
        {
            Assert.Equal(("ACTIVE", "RESOLVED"), (StateText<IncidentState>.Of(IncidentState.Active), StateText<IncidentState>.Of(IncidentState.Resolved)));
            Assert.Equal(IncidentState.Resolved, StateText<IncidentState>.Parse("RESOLVED"));
            Assert.False(StateText<IncidentState>.TryParse("active", out _));
            Assert.Throws<FormatException>(() => StateText<IncidentState>.Parse("OPEN"));
            Assert.Equal("ACTIVATABLE_LATER", StateText<Sample>.Of(Sample.ActivatableLater));
        }

        [Fact]
        public void Every_state_round_trips_through_its_text()
        {
            RoundTrips<ProcessInstanceState>();
            RoundTrips<UserTaskState>();
            RoundTrips<JobState>();
            RoundTrips<IncidentState>();
        }

        [Fact]
        public void The_texts_the_api_shows_and_accepts_are_the_ones_it_always_had()
        {
            Assert.Equal(["ACTIVE", "COMPLETED", "TERMINATED"], StateText<ProcessInstanceState>.All);
            Assert.Equal(["CREATED", "COMPLETED", "CANCELED"], StateText<UserTaskState>.All);
            Assert.Equal(["ACTIVATABLE", "FAILED"], StateText<JobState>.All);
            Assert.Equal(["ACTIVE", "RESOLVED"], StateText<IncidentState>.All);
            Assert.Equal("'CREATED'", StateText<UserTaskState>.SqlLiteral(UserTaskState.Created));
        }
    }
}

public sealed class TypedStateSqliteTests() : TypedStateTests(DatabaseProvider.Sqlite);
public sealed class TypedStatePostgresTests() : TypedStateTests(DatabaseProvider.Postgres);
