using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>Intermediate message catch events and receive tasks wait on a subscription whose name and correlation key are
/// evaluated from the variables when the element is entered; the trigger's variables are merged into the process.</summary>
public abstract class MessageWaitTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Message_catch_event_waits_on_its_subscription_and_completes_with_the_message_variables()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("msg_catch", Message("msgDoc", "document-arrived", "=orderNo"), $"""
            <bpmn:startEvent id="start" />
            {MessageCatch("waitDoc", "msgDoc")}
            {Bpmn.ScriptTask("count", "=doc.pages * 2", "sides")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "waitDoc", "count", "end")}
            """));
        var key = await h.StartAsync("msg_catch", new { orderNo = 1001, status = "waiting" });

        var subscription = Assert.Single(await h.SubscriptionsAsync(key));
        Assert.Equal("waitDoc", subscription.ElementId);
        Assert.Equal("MESSAGE", subscription.Kind);
        Assert.Equal("document-arrived", subscription.Name);
        Assert.Equal("1001", subscription.CorrelationKey);
        Assert.True(subscription.Interrupting);
        Assert.Null(subscription.DueAt);
        Assert.Equal(["waitDoc"], (await h.InstanceAsync(key)).ActiveElementIds);

        await h.TriggerAsync(key, "waitDoc", new { status = "received", doc = new { pages = 3 } });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("received", instance.Variables.Text("status"));
        Assert.Equal(3m, instance.Variables["doc"]!["pages"]!.GetValue<decimal>());
        Assert.Equal(6m, instance.Variables.Number("sides"));
        Assert.Equal(1001m, instance.Variables.Number("orderNo"));
        Assert.Equal(["start", "waitDoc", "count", "end"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    /// <summary>The message name is an expression and the correlation key is computed.</summary>
    [Fact]
    public async Task Receive_task_evaluates_name_and_correlation_key_and_completes_with_the_message_variables()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("msg_receive", Message("msgReply", "=\"reply-\" + channel", "=caseNo + \"/\" + channel"), $"""
            <bpmn:startEvent id="start" />
            {ReceiveTask("awaitReply", "msgReply")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "awaitReply", "end")}
            """));
        var key = await h.StartAsync("msg_receive", new { caseNo = "A-1", channel = "mail" });

        var subscription = Assert.Single(await h.SubscriptionsAsync(key));
        Assert.Equal(("awaitReply", "MESSAGE"), (subscription.ElementId, subscription.Kind));
        Assert.Equal("reply-mail", subscription.Name);
        Assert.Equal("A-1/mail", subscription.CorrelationKey);
        Assert.Equal(["awaitReply"], (await h.InstanceAsync(key)).ActiveElementIds);

        await h.TriggerAsync(key, "awaitReply", new { answer = "yes" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("yes", instance.Variables.Text("answer"));
        Assert.Equal(["start", "awaitReply", "end"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    /// <summary>With output mappings only the mapped values of the message reach the process.</summary>
    [Fact]
    public async Task Message_catch_with_output_mappings_keeps_the_unmapped_message_variables_local()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("msg_catch_output", Message("msgPay", "payment", "=caseNo"), $"""
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="waitPay">
              <bpmn:extensionElements><zeebe:ioMapping>{Output("=payload.amount", "paid")}</zeebe:ioMapping></bpmn:extensionElements>
              <bpmn:messageEventDefinition messageRef="msgPay" />
            </bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "waitPay", "end")}
            """));
        var key = await h.StartAsync("msg_catch_output", new { caseNo = "P-1" });

        await h.TriggerAsync(key, "waitPay", new { payload = new { amount = 5 } });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(["caseNo", "paid"], instance.Variables.Select(v => v.Key).Order());
        Assert.Equal(5m, instance.Variables.Number("paid"));
    }
}

public sealed class MessageWaitSqliteTests() : MessageWaitTests(DatabaseProvider.Sqlite);
public sealed class MessageWaitPostgresTests() : MessageWaitTests(DatabaseProvider.Postgres);
