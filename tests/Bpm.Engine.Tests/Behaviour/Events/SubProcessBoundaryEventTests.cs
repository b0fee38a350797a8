using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>Timer and message boundary events on a sub-process: interrupting ends everything inside, with its tasks and
/// bookmarks; the boundary bookmark closes when the sub-process completes normally.</summary>
public abstract class SubProcessBoundaryEventTests(DatabaseProvider provider)
{
    private static string Model(string processId) => Bpmn.ProcessWith(processId, Message("msgDoc", "doc", "=caseNo"), $"""
        <bpmn:startEvent id="start" />
        {SubProcess("sub", $"""
            <bpmn:startEvent id="subStart" />
            {ParallelGateway("fork")}
            {Bpmn.UserTask("inner")}
            {MessageCatch("waitDoc", "msgDoc")}
            {ParallelGateway("join")}
            <bpmn:endEvent id="subEnd" />
            {Bpmn.Flow("s1", "subStart", "fork")}
            {Bpmn.Flow("s2", "fork", "inner")}
            {Bpmn.Flow("s3", "fork", "waitDoc")}
            {Bpmn.Flow("s4", "inner", "join")}
            {Bpmn.Flow("s5", "waitDoc", "join")}
            {Bpmn.Flow("s6", "join", "subEnd")}
            """)}
        <bpmn:endEvent id="end" />
        {TimerBoundary("deadline", "sub", "P2D", interrupting: true)}
        <bpmn:endEvent id="lateEnd" />
        {Bpmn.Chain("start", "sub", "end")}
        {Bpmn.Flow("fl", "deadline", "lateEnd")}
        """);

    [Fact]
    public async Task Interrupting_timer_on_a_sub_process_terminates_its_tasks_and_closes_its_inner_subscriptions()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("sub_timer_interrupting"));
        var startedAt = h.Clock.GetUtcNow();
        var key = await h.StartAsync("sub_timer_interrupting", new { caseNo = "S-1" });
        var subscriptions = await h.SubscriptionsAsync(key);
        Assert.Equal(["deadline", "waitDoc"], subscriptions.Select(s => s.ElementId).Order());
        Assert.Equal(startedAt + TimeSpan.FromDays(2), subscriptions.Single(s => s.ElementId == "deadline").DueAt);

        h.Clock.Advance(TimeSpan.FromDays(2));
        await h.TriggerAsync(key, "deadline");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(["start", "subStart", "fork", "deadline", "lateEnd"], await h.CompletedElementsAsync(key));
        Assert.Equal(["inner", "waitDoc", "sub"], await h.TerminatedElementsAsync(key));
        Assert.Equal(["inner"], (await h.TasksAsync(key, "CANCELED")).Select(t => t.ElementId));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    [Fact]
    public async Task Boundary_subscription_closes_when_the_sub_process_completes_normally()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("sub_timer_normal"));
        var key = await h.StartAsync("sub_timer_normal", new { caseNo = "S-2" });

        await h.TriggerAsync(key, "waitDoc", new { doc = "ok" });
        Assert.Equal(["deadline"], (await h.SubscriptionsAsync(key)).Select(s => s.ElementId));
        await h.CompleteTaskAsync(key, "inner");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(["start", "subStart", "fork", "waitDoc", "inner", "join", "subEnd", "sub", "end"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.TerminatedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }
}

public sealed class SubProcessBoundaryEventSqliteTests() : SubProcessBoundaryEventTests(DatabaseProvider.Sqlite);
public sealed class SubProcessBoundaryEventPostgresTests() : SubProcessBoundaryEventTests(DatabaseProvider.Postgres);
