using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

public abstract class CancellationTests(DatabaseProvider provider)
{
    private static string TaskAndJob(string id) => Bpmn.Process(id, $"""
        {Start()}
        {Gateway("parallel", "fork")}
        {Bpmn.UserTask("review")}
        {Service("count", "bpm:counter")}
        {Gateway("parallel", "join")}
        {End()}
        {Bpmn.Flow("f0", "start", "fork")}
        {Bpmn.Flow("f1", "fork", "review")}{Bpmn.Flow("f2", "fork", "count")}
        {Bpmn.Flow("f3", "review", "join")}{Bpmn.Flow("f4", "count", "join")}
        {Bpmn.Flow("f5", "join", "end")}
        """);

    [Fact]
    public async Task Cancel_terminates_waiting_elements_cancels_the_task_and_drops_the_job()
    {
        await using var h = await EngineHarness.StartIsolatedAsync(provider);
        await h.DeployAsync(TaskAndJob("cancel_wait"));
        var key = await h.StartAsync("cancel_wait", new { count = 0 });
        var task = Assert.Single(await h.OpenTasksAsync(key));

        await h.Engine.CancelProcessInstanceAsync(key, CancellationToken.None);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("TERMINATED", instance.State);
        Assert.NotNull(instance.EndedAt);
        Assert.Empty(instance.ActiveElementIds);
        Assert.Empty(await h.OpenTasksAsync(key));
        var canceled = Assert.Single(await h.TasksAsync(key, "CANCELED"));
        Assert.Equal(task.UserTaskKey, canceled.UserTaskKey);
        Assert.Equal(0, await h.RunJobsAsync());
        Assert.Equal(0m, (await h.InstanceAsync(key)).Variables.Number("count"));

        var history = await h.HistoryAsync(key);
        var terminated = history.Where(e => e.Event == "TERMINATED").Select(e => e.ElementId!).ToList();
        Assert.Equal(["cancel_wait", "count", "review"], terminated.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("TERMINATED", history[^1].Event);
        Assert.Equal("process", history[^1].ElementType);
    }

    [Fact]
    public async Task Cancel_resolves_open_incidents()
    {
        await using var h = await EngineHarness.StartIsolatedAsync(provider);
        await h.DeployAsync(Bpmn.Process("cancel_incident", $"""
            {Start()}{Script("broken", "=nope()", "x")}{End()}
            {Bpmn.Chain("start", "broken", "end")}
            """));
        var key = await h.StartAsync("cancel_incident");
        Assert.Single(await h.IncidentsAsync(key));

        await h.Engine.CancelProcessInstanceAsync(key, CancellationToken.None);

        Assert.Equal("TERMINATED", (await h.InstanceAsync(key)).State);
        Assert.Empty(await h.IncidentsAsync(key));
        Assert.Equal("RESOLVED", Assert.Single(await h.IncidentsAsync(key, state: null)).State);
    }

    [Fact]
    public async Task Cancel_terminates_the_elements_inside_a_sub_process()
    {
        await using var h = await EngineHarness.StartIsolatedAsync(provider);
        await h.DeployAsync(Bpmn.Process("cancel_sub", $"""
            {Start()}
            {SubProcess("sub", $"""
                {Start("subStart")}{Bpmn.UserTask("inner")}{End("subEnd")}
                {Bpmn.Chain("subStart", "inner", "subEnd")}
                """)}
            {End()}
            {Bpmn.Chain("start", "sub", "end")}
            """));
        var key = await h.StartAsync("cancel_sub");

        await h.Engine.CancelProcessInstanceAsync(key, CancellationToken.None);

        var terminated = (await h.HistoryAsync(key)).Where(e => e.Event == "TERMINATED").Select(e => e.ElementId).ToList();
        Assert.Equal(["inner", "sub", "cancel_sub"], terminated);
        Assert.Single(await h.TasksAsync(key, "CANCELED"));
    }

    [Fact]
    public async Task Cancelling_twice_or_a_completed_instance_is_a_conflict()
    {
        await using var h = await EngineHarness.StartIsolatedAsync(provider);
        await h.DeployAsync(TaskAndJob("cancel_twice"));
        await h.DeployAsync(Bpmn.Process("cancel_done", $"{Start()}{End()}{Bpmn.Chain("start", "end")}"));
        var key = await h.StartAsync("cancel_twice", new { count = 0 });
        var done = await h.StartAsync("cancel_done");

        await h.Engine.CancelProcessInstanceAsync(key, CancellationToken.None);

        // An ended case is read-only (issue 16): the conflict names it archived.
        await Assert.ThrowsAsync<Bpm.Engine.Records.CaseArchivedException>(() => h.Engine.CancelProcessInstanceAsync(key, CancellationToken.None));
        await Assert.ThrowsAsync<Bpm.Engine.Records.CaseArchivedException>(() => h.Engine.CancelProcessInstanceAsync(done, CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => h.Engine.CancelProcessInstanceAsync(424242, CancellationToken.None));
        Assert.Equal("TERMINATED", (await h.InstanceAsync(key)).State);
        Assert.Equal("COMPLETED", (await h.InstanceAsync(done)).State);
    }

    [Fact]
    public async Task Completing_the_task_of_a_cancelled_instance_is_a_conflict()
    {
        await using var h = await EngineHarness.StartIsolatedAsync(provider);
        await h.DeployAsync(TaskAndJob("cancel_then_complete"));
        var key = await h.StartAsync("cancel_then_complete", new { count = 0 });
        var task = Assert.Single(await h.OpenTasksAsync(key));
        await h.Engine.CancelProcessInstanceAsync(key, CancellationToken.None);

        await Assert.ThrowsAsync<Bpm.Engine.Records.CaseArchivedException>(() =>
            h.Engine.CompleteUserTaskAsync(long.Parse(task.UserTaskKey), null, CancellationToken.None));
        Assert.Equal("TERMINATED", (await h.InstanceAsync(key)).State);
    }
}

public sealed class CancellationSqliteTests() : CancellationTests(DatabaseProvider.Sqlite);
public sealed class CancellationPostgresTests() : CancellationTests(DatabaseProvider.Postgres);
