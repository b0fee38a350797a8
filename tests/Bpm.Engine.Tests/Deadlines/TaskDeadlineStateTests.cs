using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Deadlines;

public abstract class TaskDeadlineStateTests(DatabaseProvider provider)
{
    private static string Model(string id) => Bpmn.Process(id, $"""
        <bpmn:startEvent id="start" />
        <bpmn:parallelGateway id="fork" />
        {Bpmn.UserTask("decide", """<zeebe:taskSchedule dueDate="=now() + duration(&quot;P10D&quot;)" />""")}
        {Bpmn.UserTask("notify", """<zeebe:taskSchedule dueDate="=now() + duration(&quot;P20D&quot;)" />""")}
        <bpmn:parallelGateway id="join" />
        <bpmn:endEvent id="end" />
        {Bpmn.Flow("f1", "start", "fork")}
        {Bpmn.Flow("f2", "fork", "decide")}
        {Bpmn.Flow("f3", "fork", "notify")}
        {Bpmn.Flow("f4", "decide", "join")}
        {Bpmn.Flow("f5", "notify", "join")}
        {Bpmn.Flow("f6", "join", "end")}
        """);

    [Fact]
    public async Task Tasks_and_their_instance_go_from_on_time_to_warning_to_overdue_as_the_clock_moves()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("deadline"));
        var created = h.Clock.GetUtcNow();
        var key = await h.StartAsync("deadline");

        async Task<(string Decide, string Notify, string Instance)> StatesAsync()
        {
            var tasks = await h.OpenTasksAsync(key);
            var instance = await h.InstanceAsync(key);
            return (tasks.Single(t => t.ElementId == "decide").Deadline!.State,
                    tasks.Single(t => t.ElementId == "notify").Deadline!.State,
                    instance.Deadline!.State);
        }

        Assert.Equal(("onTime", "onTime", "onTime"), await StatesAsync());
        var decide = (await h.OpenTasksAsync(key)).Single(t => t.ElementId == "decide").Deadline!;
        Assert.Equal(created.AddDays(10), decide.DueDate);
        Assert.Equal(created.AddDays(8), decide.WarningAt);

        h.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(("warning", "onTime", "warning"), await StatesAsync());

        h.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        Assert.Equal(("overdue", "onTime", "overdue"), await StatesAsync());
        Assert.Equal(created.AddDays(10), (await h.InstanceAsync(key)).Deadline!.DueDate);

        await h.CompleteTaskAsync(key, "decide");
        var instance = await h.InstanceAsync(key);
        Assert.Equal("onTime", instance.Deadline!.State);
        Assert.Equal(created.AddDays(20), instance.Deadline.DueDate);

        await h.CompleteTaskAsync(key, "notify");
        Assert.Null((await h.InstanceAsync(key)).Deadline);
    }
}

public sealed class TaskDeadlineStateSqliteTests() : TaskDeadlineStateTests(DatabaseProvider.Sqlite);
public sealed class TaskDeadlineStatePostgresTests() : TaskDeadlineStateTests(DatabaseProvider.Postgres);
