using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Bpm.Engine.Tests.Infrastructure.EntityFactory;

namespace Bpm.Engine.Tests.Persistence;

public abstract class CommitTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Commit_writes_every_part_and_reads_back_equal_values()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance(businessKey: "案件-1");
        instance.EndedAt = Now.AddHours(1);
        var job = Job(instance.Key, Now);
        var task = UserTask(instance.Key, assignee: "li");
        var subscription = Subscription(instance.Key);
        var incident = Incident(instance.Key);
        var outbox = Outbox(instance.Key);
        var changes = new StepChangeSet();
        changes.InsertedInstances.Add(instance);
        changes.InsertedJobs.Add(job);
        changes.InsertedUserTasks.Add(task);
        changes.InsertedSubscriptions.Add(subscription);
        changes.InsertedIncidents.Add(incident);
        changes.Journal.Add(Journal(instance.Key, 1));
        changes.Outbox.Add(outbox);

        await db.Store.CommitAsync(changes, CancellationToken.None);

        var stored = await db.Store.FindInstanceAsync(instance.Key, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("案件-1", stored.BusinessKey);
        Assert.Equal(instance.StartedAt, stored.StartedAt);
        Assert.Equal(TimeSpan.Zero, stored.StartedAt.Offset);
        Assert.Equal(instance.EndedAt, stored.EndedAt);
        Assert.Equal(job.DueAt, (await db.Store.FindJobAsync(job.Key, CancellationToken.None))!.DueAt);
        Assert.Equal("li", (await db.Store.FindUserTaskAsync(task.Key, CancellationToken.None))!.Assignee);
        Assert.True((await db.Store.FindSubscriptionAsync(subscription.Key, CancellationToken.None))!.Interrupting);
        Assert.Equal("boom", (await db.Store.FindIncidentAsync(incident.Key, CancellationToken.None))!.ErrorMessage);
        await using var context = db.CreateContext();
        Assert.Equal(outbox.MessageId, (await context.Outbox.SingleAsync()).MessageId);
        Assert.Equal(1, await context.Journal.CountAsync());
    }

    [Fact]
    public async Task Updates_and_deletes_apply_by_key()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance();
        var job = Job(instance.Key, Now);
        var task = UserTask(instance.Key);
        var incident = Incident(instance.Key);
        var subscription = Subscription(instance.Key);
        var first = new StepChangeSet();
        first.InsertedInstances.Add(instance);
        first.InsertedJobs.Add(job);
        first.InsertedUserTasks.Add(task);
        first.InsertedIncidents.Add(incident);
        first.InsertedSubscriptions.Add(subscription);
        await db.Store.CommitAsync(first, CancellationToken.None);

        instance.Revision = 2;
        instance.State = ProcessInstanceState.Completed;
        job.Retries = 0;
        task.State = UserTaskState.Completed;
        incident.State = Bpm.Engine.Persistence.States.IncidentState.Resolved;
        incident.ResolvedAt = Now;
        var second = new StepChangeSet();
        second.UpdatedInstances.Add(instance);
        second.UpdatedUserTasks.Add(task);
        second.UpdatedIncidents.Add(incident);
        second.UpdatedJobs.Add(job);
        second.DeletedSubscriptionKeys.Add(subscription.Key);
        await db.Store.CommitAsync(second, CancellationToken.None);

        var stored = (await db.Store.FindInstanceAsync(instance.Key, CancellationToken.None))!;
        Assert.Equal(2, stored.Revision);
        Assert.Equal(ProcessInstanceState.Completed, stored.State);
        Assert.Equal(0, (await db.Store.FindJobAsync(job.Key, CancellationToken.None))!.Retries);
        Assert.Equal(UserTaskState.Completed, (await db.Store.FindUserTaskAsync(task.Key, CancellationToken.None))!.State);
        Assert.Equal(Now, (await db.Store.FindIncidentAsync(incident.Key, CancellationToken.None))!.ResolvedAt);
        Assert.Null(await db.Store.FindSubscriptionAsync(subscription.Key, CancellationToken.None));

        var third = new StepChangeSet();
        third.DeletedJobKeys.Add(job.Key);
        await db.Store.CommitAsync(third, CancellationToken.None);
        Assert.Null(await db.Store.FindJobAsync(job.Key, CancellationToken.None));
    }

    [Fact]
    public async Task Stale_revision_throws_and_rolls_back_the_whole_step()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance();
        var start = new StepChangeSet();
        start.InsertedInstances.Add(instance);
        start.Journal.Add(Journal(instance.Key, 1));
        await db.Store.CommitAsync(start, CancellationToken.None);

        instance.Revision = 3; // the stored revision is 1, not 2
        instance.State = ProcessInstanceState.Completed;
        var other = Instance();
        var stale = new StepChangeSet();
        stale.InsertedInstances.Add(other);
        stale.UpdatedInstances.Add(instance);
        stale.InsertedJobs.Add(Job(instance.Key, Now));
        stale.InsertedUserTasks.Add(UserTask(instance.Key));
        stale.Journal.Add(Journal(instance.Key, 2));
        stale.Outbox.Add(Outbox(instance.Key));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Store.CommitAsync(stale, CancellationToken.None));

        await using var context = db.CreateContext();
        Assert.Equal(ProcessInstanceState.Active, (await db.Store.FindInstanceAsync(instance.Key, CancellationToken.None))!.State);
        Assert.Null(await db.Store.FindInstanceAsync(other.Key, CancellationToken.None));
        Assert.Equal(0, await context.Jobs.CountAsync());
        Assert.Equal(0, await context.UserTasks.CountAsync());
        Assert.Equal(0, await context.Outbox.CountAsync());
        Assert.Equal(1, await context.Journal.CountAsync());
    }

    [Fact]
    public async Task Two_steps_from_the_same_revision_let_exactly_one_win()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance();
        var start = new StepChangeSet();
        start.InsertedInstances.Add(instance);
        await db.Store.CommitAsync(start, CancellationToken.None);

        StepChangeSet Step(string state)
        {
            var copy = Instance(key: instance.Key, state: state);
            copy.Revision = 2;
            var changes = new StepChangeSet();
            changes.UpdatedInstances.Add(copy);
            return changes;
        }

        await db.Store.CommitAsync(Step("COMPLETED"), CancellationToken.None);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Store.CommitAsync(Step("TERMINATED"), CancellationToken.None));
        Assert.Equal(ProcessInstanceState.Completed, (await db.Store.FindInstanceAsync(instance.Key, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Duplicate_journal_sequence_is_a_conflict_and_rolls_back()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = Instance();
        var start = new StepChangeSet();
        start.InsertedInstances.Add(instance);
        start.Journal.Add(Journal(instance.Key, 1));
        await db.Store.CommitAsync(start, CancellationToken.None);

        var duplicate = new StepChangeSet();
        var job = Job(instance.Key, Now);
        duplicate.InsertedJobs.Add(job);
        duplicate.Journal.Add(Journal(instance.Key, 1));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Store.CommitAsync(duplicate, CancellationToken.None));
        Assert.Null(await db.Store.FindJobAsync(job.Key, CancellationToken.None));
    }

    [Fact]
    public async Task Deployments_and_latest_definitions()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var deployment = new Bpm.Engine.Persistence.Entities.DeploymentEntity { Key = NextKey(), DeployedAt = Now, ResourceNames = "a.bpmn" };
        var definitions = new[] { 1, 2, 3 }.Select(v => new Bpm.Engine.Persistence.Entities.ProcessDefinitionEntity
        {
            Key = NextKey(), DeploymentKey = deployment.Key, BpmnProcessId = "penalty", Version = v, ResourceName = "a.bpmn",
            Checksum = "c" + v, Xml = "<definitions/>", DeployedAt = Now,
        }).Append(new()
        {
            Key = NextKey(), DeploymentKey = deployment.Key, BpmnProcessId = "permit", Version = 1, ResourceName = "a.bpmn",
            Checksum = "p", Xml = "<definitions/>", DeployedAt = Now,
        }).ToList();

        await db.Store.SaveDeploymentAsync(deployment, definitions, CancellationToken.None);

        var latest = await db.Store.LatestDefinitionsAsync(["penalty", "permit", "none"], CancellationToken.None);
        Assert.Equal([("penalty", 3), ("permit", 1)], latest.Select(d => (d.BpmnProcessId, d.Version)).OrderBy(x => x.BpmnProcessId));
        Assert.Equal(3, (await db.Store.FindDefinitionAsync("penalty", null, CancellationToken.None))!.Version);
        Assert.Equal(2, (await db.Store.FindDefinitionAsync("penalty", 2, CancellationToken.None))!.Version);
        Assert.Equal("permit", (await db.Store.FindDefinitionAsync(definitions[3].Key, CancellationToken.None))!.BpmnProcessId);
        Assert.Null(await db.Store.FindDefinitionAsync("penalty", 9, CancellationToken.None));
    }
}

public sealed class CommitSqliteTests() : CommitTests(DatabaseProvider.Sqlite);
public sealed class CommitPostgresTests() : CommitTests(DatabaseProvider.Postgres);
