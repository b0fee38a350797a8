using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>An event-based gateway waits on a message and a timer at once; the first event decides the branch and the
/// other bookmark goes away.</summary>
public abstract class EventBasedGatewayTests(DatabaseProvider provider)
{
    private static string Model(string processId) => Bpmn.ProcessWith(processId, Message("msgPaid", "payment-received", "=orderNo"), $"""
        <bpmn:startEvent id="start" />
        {EventBasedGateway("race")}
        {MessageCatch("paid", "msgPaid")}
        {TimerCatch("timeout", "timeDuration", "PT1H")}
        {Bpmn.ScriptTask("ship", "=\"shipped\"", "outcome")}
        <bpmn:endEvent id="paidEnd" />
        {Bpmn.ScriptTask("cancel", "=\"canceled\"", "outcome")}
        <bpmn:endEvent id="timeoutEnd" />
        {Bpmn.Flow("f1", "start", "race")}
        {Bpmn.Flow("f2", "race", "paid")}
        {Bpmn.Flow("f3", "race", "timeout")}
        {Bpmn.Chain("paid", "ship", "paidEnd")}
        {Bpmn.Chain("timeout", "cancel", "timeoutEnd")}
        """);

    private static async Task<long> StartWaitingAsync(EngineHarness h, string processId)
    {
        await h.DeployAsync(Model(processId));
        var startedAt = h.Clock.GetUtcNow();
        var key = await h.StartAsync(processId, new { orderNo = "O-7" });
        var gatewayKey = (await h.HistoryAsync(key)).Single(e => e.Event == "ACTIVATED" && e.ElementId == "race").ElementInstanceKey;
        var subscriptions = await h.SubscriptionsAsync(key);
        Assert.Equal(["paid", "timeout"], subscriptions.Select(s => s.ElementId).Order());
        Assert.All(subscriptions, s => Assert.Equal(gatewayKey, s.ElementInstanceKey.ToString()));
        var message = subscriptions.Single(s => s.ElementId == "paid");
        Assert.Equal(("MESSAGE", "payment-received", "O-7"), (message.Kind, message.Name, message.CorrelationKey));
        var timer = subscriptions.Single(s => s.ElementId == "timeout");
        Assert.Equal(("TIMER", startedAt + TimeSpan.FromHours(1)), (timer.Kind, timer.DueAt));
        Assert.Equal(["race"], (await h.InstanceAsync(key)).ActiveElementIds);
        return key;
    }

    [Fact]
    public async Task Message_first_takes_the_message_branch_and_drops_the_timer()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var key = await StartWaitingAsync(h, "ebg_message_first");

        await h.TriggerAsync(key, "paid", new { amount = 10 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("shipped", instance.Variables.Text("outcome"));
        Assert.Equal(10m, instance.Variables.Number("amount"));
        Assert.Equal(["start", "race", "paid", "ship", "paidEnd"], await h.CompletedElementsAsync(key));
        Assert.DoesNotContain("timeout", await h.ActivatedElementsAsync(key));
        Assert.Empty(await h.TerminatedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    [Fact]
    public async Task Timer_first_takes_the_timer_branch_and_drops_the_message_subscription()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var key = await StartWaitingAsync(h, "ebg_timer_first");

        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.TriggerAsync(key, "timeout");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("canceled", instance.Variables.Text("outcome"));
        Assert.Equal(["start", "race", "timeout", "cancel", "timeoutEnd"], await h.CompletedElementsAsync(key));
        Assert.DoesNotContain("paid", await h.ActivatedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    [Fact]
    public async Task Receive_task_after_an_event_based_gateway_completes_with_the_message()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("ebg_receive", Message("msgAnswer", "answer", "=orderNo") + Message("msgRetract", "retract", "=orderNo"), $"""
            <bpmn:startEvent id="start" />
            {EventBasedGateway("race")}
            {ReceiveTask("answered", "msgAnswer")}
            {MessageCatch("retracted", "msgRetract")}
            <bpmn:endEvent id="answeredEnd" />
            <bpmn:endEvent id="retractedEnd" />
            {Bpmn.Flow("f1", "start", "race")}
            {Bpmn.Flow("f2", "race", "answered")}
            {Bpmn.Flow("f3", "race", "retracted")}
            {Bpmn.Flow("f4", "answered", "answeredEnd")}
            {Bpmn.Flow("f5", "retracted", "retractedEnd")}
            """));
        var key = await h.StartAsync("ebg_receive", new { orderNo = "O-8" });
        Assert.Equal(["answer", "retract"], (await h.SubscriptionsAsync(key)).Select(s => s.Name).Order());

        await h.TriggerAsync(key, "answered", new { answer = 42 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(42m, instance.Variables.Number("answer"));
        Assert.Equal(["start", "race", "answered", "answeredEnd"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }
}

public sealed class EventBasedGatewaySqliteTests() : EventBasedGatewayTests(DatabaseProvider.Sqlite);
public sealed class EventBasedGatewayPostgresTests() : EventBasedGatewayTests(DatabaseProvider.Postgres);
