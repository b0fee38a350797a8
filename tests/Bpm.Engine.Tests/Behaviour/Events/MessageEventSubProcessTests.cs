using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>Event sub-processes with a message start in the process scope: their subscription lives as long as the process
/// is active; triggering it runs the event sub-process (interrupting: the main flow is terminated).</summary>
public abstract class MessageEventSubProcessTests(DatabaseProvider provider)
{
    private static string Model(string processId, bool interrupting) => Bpmn.ProcessWith(processId, Message("msgCancel", "cancel-request"), $"""
        <bpmn:startEvent id="start" />
        {Bpmn.UserTask("work")}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "work", "end")}
        {EventSubProcess("onCancel", $"""
            {MessageStart("cancelStart", "msgCancel", interrupting)}
            {Bpmn.ScriptTask("handle", "=\"handled \" + reason", "outcome")}
            <bpmn:endEvent id="onCancelEnd" />
            {Bpmn.Chain("cancelStart", "handle", "onCancelEnd")}
            """)}
        """);

    [Fact]
    public async Task Subscription_exists_while_the_process_is_active_and_is_removed_when_it_ends()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("esp_msg_lifetime", interrupting: true));
        var key = await h.StartAsync("esp_msg_lifetime", new { caseNo = "K-9" });

        var subscription = Assert.Single(await h.SubscriptionsAsync(key));
        Assert.Equal(("cancelStart", "MESSAGE", "cancel-request", "K-9"),
            (subscription.ElementId, subscription.Kind, subscription.Name, subscription.CorrelationKey));
        Assert.Equal(key, subscription.ElementInstanceKey);
        Assert.True(subscription.Interrupting);

        await h.CompleteTaskAsync(key, "work");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "work", "end"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    [Fact]
    public async Task Interrupting_message_event_sub_process_terminates_the_main_flow()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("esp_msg_interrupting", interrupting: true));
        var key = await h.StartAsync("esp_msg_interrupting", new { caseNo = "K-10" });

        await h.TriggerAsync(key, "cancelStart", new { reason = "by customer" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("handled by customer", instance.Variables.Text("outcome"));
        Assert.Equal(["start", "cancelStart", "handle", "onCancelEnd", "onCancel"], await h.CompletedElementsAsync(key));
        Assert.Equal(["work"], await h.TerminatedElementsAsync(key));
        Assert.Equal(["work"], (await h.TasksAsync(key, "CANCELED")).Select(t => t.ElementId));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    [Fact]
    public async Task Non_interrupting_message_event_sub_process_runs_beside_the_main_flow()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("esp_msg_non_interrupting", interrupting: false));
        var key = await h.StartAsync("esp_msg_non_interrupting", new { caseNo = "K-11" });
        Assert.False((await h.SubscriptionAsync(key, "cancelStart")).Interrupting);

        await h.TriggerAsync(key, "cancelStart", new { reason = "asked" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal("handled asked", instance.Variables.Text("outcome"));
        Assert.Equal(["start", "cancelStart", "handle", "onCancelEnd", "onCancel"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.TerminatedElementsAsync(key));
        Assert.Equal(["work"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));

        await h.CompleteTaskAsync(key, "work");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "cancelStart", "handle", "onCancelEnd", "onCancel", "work", "end"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    /// <summary>Zeebe keeps a non-interrupting event sub-process's message subscription open while its scope is active, so
    /// each message starts another run.</summary>
    [Fact]
    public async Task Non_interrupting_message_event_sub_process_can_run_again_while_the_process_is_active()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("esp_msg_again", interrupting: false));
        var key = await h.StartAsync("esp_msg_again", new { caseNo = "K-12" });

        await h.TriggerAsync(key, "cancelStart", new { reason = "once" });
        await h.TriggerAsync(key, "cancelStart", new { reason = "twice" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("handled twice", instance.Variables.Text("outcome"));
        Assert.Equal(2, (await h.CompletedElementsAsync(key)).Count(id => id == "onCancel"));
        Assert.Equal(["work"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));
    }

    /// <summary>Inside a sub-process: the subscription belongs to the sub-process instance; the sub-process waits for a running
    /// non-interrupting event sub-process before it completes.</summary>
    [Fact]
    public async Task Sub_process_waits_for_its_running_non_interrupting_event_sub_process()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("esp_msg_in_sub", Message("msgNote", "note"), $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {Bpmn.UserTask("work")}
                <bpmn:endEvent id="subEnd" />
                {Bpmn.Chain("subStart", "work", "subEnd")}
                {EventSubProcess("onNote", $"""
                    {MessageStart("noteStart", "msgNote", interrupting: false)}
                    {Bpmn.UserTask("readNote")}
                    <bpmn:endEvent id="onNoteEnd" />
                    {Bpmn.Chain("noteStart", "readNote", "onNoteEnd")}
                    """)}
                """)}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "sub", "end")}
            """));
        var key = await h.StartAsync("esp_msg_in_sub", new { caseNo = "N-1" });
        var subKey = (await h.HistoryAsync(key)).Single(e => e.Event == "ACTIVATED" && e.ElementId == "sub").ElementInstanceKey;
        var subscription = await h.SubscriptionAsync(key, "noteStart");
        Assert.Equal(subKey, subscription.ElementInstanceKey.ToString());
        Assert.Equal("N-1", subscription.CorrelationKey);

        await h.TriggerAsync(key, "noteStart");
        await h.CompleteTaskAsync(key, "work");

        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        Assert.Equal(["readNote"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));
        Assert.DoesNotContain("sub", await h.CompletedElementsAsync(key));

        await h.CompleteTaskAsync(key, "readNote");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "subStart", "noteStart", "work", "subEnd", "readNote", "onNoteEnd", "onNote", "sub", "end"],
            await h.CompletedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }
}

public sealed class MessageEventSubProcessSqliteTests() : MessageEventSubProcessTests(DatabaseProvider.Sqlite);
public sealed class MessageEventSubProcessPostgresTests() : MessageEventSubProcessTests(DatabaseProvider.Postgres);
