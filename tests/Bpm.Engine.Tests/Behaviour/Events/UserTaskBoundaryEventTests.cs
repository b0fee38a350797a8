using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>Message and timer boundary events on a user task, interrupting and not. The bookmarks are triggered explicitly
/// (message correlation and the timer worker are later issues).</summary>
public abstract class UserTaskBoundaryEventTests(DatabaseProvider provider)
{
    private static string Model(string processId, string boundary) => Bpmn.ProcessWith(processId, Message("msgCancel", "order-canceled"), $"""
        <bpmn:startEvent id="start" />
        {Bpmn.UserTask("review")}
        <bpmn:endEvent id="end" />
        {boundary}
        {Bpmn.ScriptTask("react", "=\"reacted\"", "reaction")}
        <bpmn:endEvent id="boundaryEnd" />
        {Bpmn.Chain("start", "review", "end")}
        {Bpmn.Chain("fired", "react", "boundaryEnd")}
        """);

    private static async Task<long> ElementInstanceKeyAsync(EngineHarness h, long instanceKey, string elementId) =>
        long.Parse((await h.HistoryAsync(instanceKey)).First(e => e.Event == "ACTIVATED" && e.ElementId == elementId).ElementInstanceKey!);

    [Fact]
    public async Task Interrupting_message_boundary_cancels_the_task_and_takes_the_boundary_path()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("ut_msg_interrupting", MessageBoundary("fired", "review", "msgCancel", interrupting: true)));
        var key = await h.StartAsync("ut_msg_interrupting", new { caseNo = "C-17" });

        var subscription = await h.SubscriptionAsync(key, "fired");
        Assert.Equal("MESSAGE", subscription.Kind);
        Assert.Equal("order-canceled", subscription.Name);
        Assert.Equal("C-17", subscription.CorrelationKey);
        Assert.True(subscription.Interrupting);
        Assert.Equal(await ElementInstanceKeyAsync(h, key, "review"), subscription.ElementInstanceKey);

        await h.TriggerAsync(key, "fired", new { reason = "customer" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("customer", instance.Variables.Text("reason"));
        Assert.Equal("reacted", instance.Variables.Text("reaction"));
        Assert.Equal(["start", "fired", "react", "boundaryEnd"], await h.CompletedElementsAsync(key));
        Assert.Equal(["review"], await h.TerminatedElementsAsync(key));
        Assert.Equal(["review"], (await h.TasksAsync(key, "CANCELED")).Select(t => t.ElementId));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    [Fact]
    public async Task Non_interrupting_message_boundary_keeps_the_task_open_and_runs_the_boundary_path()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("ut_msg_non_interrupting", MessageBoundary("fired", "review", "msgCancel", interrupting: false)));
        var key = await h.StartAsync("ut_msg_non_interrupting", new { caseNo = "C-18" });
        var subscription = await h.SubscriptionAsync(key, "fired");
        Assert.False(subscription.Interrupting);
        Assert.Equal("C-18", subscription.CorrelationKey);

        await h.TriggerAsync(key, "fired", new { reason = "reminder" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal("reminder", instance.Variables.Text("reason"));
        Assert.Equal(["start", "fired", "react", "boundaryEnd"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.TerminatedElementsAsync(key));
        Assert.Equal(["review"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));
        Assert.Equal(["review"], instance.ActiveElementIds);

        await h.CompleteTaskAsync(key, "review");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "fired", "react", "boundaryEnd", "review", "end"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    /// <summary>Zeebe keeps the subscription of a non-interrupting message boundary event open after a message was correlated:
    /// it may fire again while the activity is active.</summary>
    [Fact]
    public async Task Non_interrupting_message_boundary_can_fire_again_while_the_task_is_open()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("ut_msg_again", MessageBoundary("fired", "review", "msgCancel", interrupting: false)));
        var key = await h.StartAsync("ut_msg_again", new { caseNo = "C-19" });

        await h.TriggerAsync(key, "fired");
        await h.TriggerAsync(key, "fired");

        Assert.Equal(["start", "fired", "react", "boundaryEnd", "fired", "react", "boundaryEnd"], await h.CompletedElementsAsync(key));
        Assert.Equal(["review"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));
    }

    [Fact]
    public async Task Interrupting_timer_boundary_is_due_after_its_duration_and_cancels_the_task_when_triggered()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("ut_timer_interrupting", TimerBoundary("fired", "review", "PT1H", interrupting: true)));
        var startedAt = h.Clock.GetUtcNow();
        var key = await h.StartAsync("ut_timer_interrupting");

        var subscription = await h.SubscriptionAsync(key, "fired");
        Assert.Equal("TIMER", subscription.Kind);
        Assert.Equal("PT1H", subscription.TimerText);
        Assert.Equal(startedAt + TimeSpan.FromHours(1), subscription.DueAt);
        Assert.True(subscription.Interrupting);
        Assert.Equal(await ElementInstanceKeyAsync(h, key, "review"), subscription.ElementInstanceKey);

        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.TriggerAsync(key, "fired");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "fired", "react", "boundaryEnd"], await h.CompletedElementsAsync(key));
        Assert.Equal(["review"], await h.TerminatedElementsAsync(key));
        Assert.Equal(["review"], (await h.TasksAsync(key, "CANCELED")).Select(t => t.ElementId));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    [Fact]
    public async Task Non_interrupting_timer_boundary_keeps_the_task_open_and_runs_the_boundary_path()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("ut_timer_non_interrupting", TimerBoundary("fired", "review", "PT1H", interrupting: false)));
        var startedAt = h.Clock.GetUtcNow();
        var key = await h.StartAsync("ut_timer_non_interrupting");
        var subscription = await h.SubscriptionAsync(key, "fired");
        Assert.Equal("TIMER", subscription.Kind);
        Assert.False(subscription.Interrupting);
        Assert.Equal(startedAt + TimeSpan.FromHours(1), subscription.DueAt);

        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.TriggerAsync(key, "fired");

        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "fired", "react", "boundaryEnd"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.TerminatedElementsAsync(key));
        Assert.Equal(["review"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));

        await h.CompleteTaskAsync(key, "review");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "fired", "react", "boundaryEnd", "review", "end"], await h.CompletedElementsAsync(key));
    }
}

public sealed class UserTaskBoundaryEventSqliteTests() : UserTaskBoundaryEventTests(DatabaseProvider.Sqlite);
public sealed class UserTaskBoundaryEventPostgresTests() : UserTaskBoundaryEventTests(DatabaseProvider.Postgres);
