using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;
using static Bpm.Engine.Tests.Messaging.MessagingExtensions;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>Every element that waits for a message, resumed through <see cref="Bpm.Engine.Messaging.IMessageCorrelator.PublishAsync"/>.</summary>
public abstract class InboundElementTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Intermediate_catch_event_and_receive_task_resume_in_turn()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("paid");
        await h.DeployAsync(Bpmn.ProcessWith("msg_catch_and_receive", Message("m", name), $"""
            <bpmn:startEvent id="start" />
            {MessageCatch("catch", "m")}
            {ReceiveTask("receive", "m")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "catch", "receive", "end")}
            """));
        var key = await h.StartAsync("msg_catch_and_receive", new { caseNo = "A-1" });

        Assert.Equal([key], (await h.PublishAsync(name, "A-1", new { first = 1 })).ProcessInstanceKeys);
        Assert.Equal(["receive"], (await h.InstanceAsync(key)).ActiveElementIds);
        Assert.Equal([key], (await h.PublishAsync(name, "A-1", new { second = 2 })).ProcessInstanceKeys);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal((1m, 2m), (instance.Variables.Number("first"), instance.Variables.Number("second")));
        Assert.Equal(["start", "catch", "receive", "end"], await h.CompletedElementsAsync(key));
    }

    private static string BoundaryModel(string processId, string name, bool interrupting) => Bpmn.ProcessWith(processId, Message("m", name), $"""
        <bpmn:startEvent id="start" />
        {Bpmn.UserTask("work")}
        <bpmn:endEvent id="end" />
        {MessageBoundary("nudge", "work", "m", interrupting)}
        {Bpmn.ScriptTask("react", "=\"reacted to \" + reason", "outcome")}
        <bpmn:endEvent id="nudgeEnd" />
        {Bpmn.Chain("start", "work", "end")}
        {Bpmn.Chain("nudge", "react", "nudgeEnd")}
        """);

    [Fact]
    public async Task Interrupting_message_boundary_terminates_the_activity_and_takes_the_boundary_path()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("nudge");
        await h.DeployAsync(BoundaryModel("msg_boundary_interrupting", name, interrupting: true));
        var key = await h.StartAsync("msg_boundary_interrupting", new { caseNo = "B-1" });

        Assert.Equal([key], (await h.PublishAsync(name, "B-1", new { reason = "stop" })).ProcessInstanceKeys);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("reacted to stop", instance.Variables.Text("outcome"));
        Assert.Equal(["work"], await h.TerminatedElementsAsync(key));
        Assert.Equal(["start", "nudge", "react", "nudgeEnd"], await h.CompletedElementsAsync(key));
        Assert.Empty((await h.PublishAsync(name, "B-1")).ProcessInstanceKeys);
    }

    [Fact]
    public async Task Non_interrupting_message_boundary_leaves_the_activity_running_and_triggers_again()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("nudge");
        await h.DeployAsync(BoundaryModel("msg_boundary_non_interrupting", name, interrupting: false));
        var key = await h.StartAsync("msg_boundary_non_interrupting", new { caseNo = "B-2" });

        Assert.Equal([key], (await h.PublishAsync(name, "B-2", new { reason = "first" })).ProcessInstanceKeys);
        Assert.Equal([key], (await h.PublishAsync(name, "B-2", new { reason = "second" })).ProcessInstanceKeys);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal(["work"], instance.ActiveElementIds);
        Assert.Equal("reacted to second", instance.Variables.Text("outcome"));
        Assert.Equal(2, (await h.CompletedElementsAsync(key)).Count(e => e == "nudgeEnd"));
        Assert.Empty(await h.TerminatedElementsAsync(key));

        await h.CompleteTaskAsync(key, "work");
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
    }

    private static string EventSubProcessModel(string processId, string name, bool interrupting) => Bpmn.ProcessWith(processId, Message("m", name), $"""
        <bpmn:startEvent id="start" />
        {Bpmn.UserTask("work")}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "work", "end")}
        {EventSubProcess("onNotice", $"""
            {MessageStart("noticeStart", "m", interrupting)}
            {Bpmn.ScriptTask("handle", "=\"handled \" + reason", "outcome")}
            <bpmn:endEvent id="noticeEnd" />
            {Bpmn.Chain("noticeStart", "handle", "noticeEnd")}
            """)}
        """);

    [Fact]
    public async Task Interrupting_message_event_sub_process_ends_the_main_flow()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("notice");
        await h.DeployAsync(EventSubProcessModel("msg_esp_interrupting", name, interrupting: true));
        var key = await h.StartAsync("msg_esp_interrupting", new { caseNo = "E-1" });

        Assert.Equal([key], (await h.PublishAsync(name, "E-1", new { reason = "withdrawn" })).ProcessInstanceKeys);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("handled withdrawn", instance.Variables.Text("outcome"));
        Assert.Equal(["work"], await h.TerminatedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }

    [Fact]
    public async Task Non_interrupting_message_event_sub_process_runs_beside_the_main_flow_each_time()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("notice");
        await h.DeployAsync(EventSubProcessModel("msg_esp_non_interrupting", name, interrupting: false));
        var key = await h.StartAsync("msg_esp_non_interrupting", new { caseNo = "E-2" });

        Assert.Equal([key], (await h.PublishAsync(name, "E-2", new { reason = "one" })).ProcessInstanceKeys);
        Assert.Equal([key], (await h.PublishAsync(name, "E-2", new { reason = "two" })).ProcessInstanceKeys);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal(["work"], instance.ActiveElementIds);
        Assert.Equal(2, (await h.CompletedElementsAsync(key)).Count(e => e == "onNotice"));
        Assert.Empty(await h.TerminatedElementsAsync(key));

        await h.CompleteTaskAsync(key, "work");
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
    }

    [Fact]
    public async Task Message_after_an_event_based_gateway_picks_its_branch()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var accepted = Unique("accepted");
        var refused = Unique("refused");
        await h.DeployAsync(Bpmn.ProcessWith("msg_after_gateway", Message("ok", accepted) + Message("no", refused), $"""
            <bpmn:startEvent id="start" />
            {EventBasedGateway("which")}
            {MessageCatch("onAccepted", "ok")}
            {MessageCatch("onRefused", "no")}
            <bpmn:endEvent id="acceptedEnd" />
            <bpmn:endEvent id="refusedEnd" />
            {Bpmn.Chain("start", "which", "onAccepted", "acceptedEnd")}
            {Bpmn.Flow("f_which_refused", "which", "onRefused")}
            {Bpmn.Flow("f_refused_end", "onRefused", "refusedEnd")}
            """));
        var key = await h.StartAsync("msg_after_gateway", new { caseNo = "G-1" });

        Assert.Equal([key], (await h.PublishAsync(refused, "G-1", new { why = "late" })).ProcessInstanceKeys);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(["start", "which", "onRefused", "refusedEnd"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
        Assert.Empty((await h.PublishAsync(accepted, "G-1")).ProcessInstanceKeys);
    }

    [Fact]
    public async Task Message_start_event_starts_an_instance_with_the_message_variables_and_the_key_as_business_key()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var name = Unique("complaint");
        await h.DeployAsync(Bpmn.ProcessWith("msg_start_plain", Message("m", name), $"""
            {MessageStart("start", "m", interrupting: true)}
            {Bpmn.UserTask("review")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "review", "end")}
            """));

        var published = await h.PublishAsync(name, "S-1", new { channel = "12315", amount = 5 });

        var key = Assert.Single(published.ProcessInstanceKeys);
        var instance = await h.InstanceAsync(key);
        Assert.Equal(("msg_start_plain", "S-1", "ACTIVE"), (instance.BpmnProcessId, instance.BusinessKey, instance.State));
        Assert.Equal("12315", instance.Variables.Text("channel"));
        Assert.Equal(5m, instance.Variables.Number("amount"));
        Assert.Equal(["review"], instance.ActiveElementIds);
        Assert.Equal(["start"], await h.CompletedElementsAsync(key));
    }
}

public sealed class InboundElementSqliteTests() : InboundElementTests(DatabaseProvider.Sqlite);
public sealed class InboundElementPostgresTests() : InboundElementTests(DatabaseProvider.Postgres);
