using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>Escalations: caught by boundary events (interrupting or not) and escalation event sub-processes; an uncaught
/// escalation is no failure.</summary>
public abstract class EscalationEventTests(DatabaseProvider provider)
{
    private static readonly string Escalations = Escalation("escLate", "LATE") + Escalation("escOther", "OTHER");

    [Fact]
    public async Task Non_interrupting_boundary_runs_its_path_while_the_throw_event_and_the_sub_process_continue()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("esc_non_interrupting", Escalations, $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {EscalationThrow("raise", "escLate")}
                {Bpmn.UserTask("work")}
                <bpmn:endEvent id="subEnd" />
                {Bpmn.Chain("subStart", "raise", "work", "subEnd")}
                """)}
            <bpmn:endEvent id="end" />
            {EscalationBoundary("escalated", "sub", "escLate", interrupting: false)}
            {Bpmn.ScriptTask("notify", "=\"notified\"", "notice")}
            <bpmn:endEvent id="notifyEnd" />
            {Bpmn.Chain("start", "sub", "end")}
            {Bpmn.Chain("escalated", "notify", "notifyEnd")}
            """));

        var key = await h.StartAsync("esc_non_interrupting");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal("notified", instance.Variables.Text("notice"));
        Assert.Equal(["start", "subStart", "raise", "escalated", "notify", "notifyEnd"], await h.CompletedElementsAsync(key));
        Assert.Equal(["work"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));
        Assert.Empty(await h.TerminatedElementsAsync(key));

        await h.CompleteTaskAsync(key, "work");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "subStart", "raise", "escalated", "notify", "notifyEnd", "work", "subEnd", "sub", "end"], await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Interrupting_boundary_terminates_the_sub_process()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("esc_interrupting", Escalations, $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {EscalationThrow("raise", "escLate")}
                {Bpmn.UserTask("work")}
                <bpmn:endEvent id="subEnd" />
                {Bpmn.Chain("subStart", "raise", "work", "subEnd")}
                """)}
            <bpmn:endEvent id="end" />
            {EscalationBoundary("escalated", "sub", "escLate", interrupting: true)}
            <bpmn:endEvent id="escalatedEnd" />
            {Bpmn.Chain("start", "sub", "end")}
            {Bpmn.Flow("fe", "escalated", "escalatedEnd")}
            """));

        var key = await h.StartAsync("esc_interrupting");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(["start", "subStart", "escalated", "escalatedEnd"], await h.CompletedElementsAsync(key));
        Assert.Equal(["raise", "sub"], await h.TerminatedElementsAsync(key));
        Assert.DoesNotContain("work", await h.ActivatedElementsAsync(key));
        Assert.Empty(await h.TasksAsync(key, "CREATED"));
    }

    /// <summary>A non-interrupting escalation event sub-process of the process runs beside the main flow, which goes on.</summary>
    [Fact]
    public async Task Non_interrupting_escalation_event_sub_process_runs_beside_the_main_flow()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("esc_event_sub", Escalations, $"""
            <bpmn:startEvent id="start" />
            {EscalationThrow("raise", "escLate")}
            {Bpmn.UserTask("work")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "raise", "work", "end")}
            {EventSubProcess("onEscalation", $"""
                {EscalationStart("escStart", "escLate", interrupting: false)}
                {Bpmn.ScriptTask("notify", "=\"notified\"", "notice")}
                <bpmn:endEvent id="onEscalationEnd" />
                {Bpmn.Chain("escStart", "notify", "onEscalationEnd")}
                """)}
            """));

        var key = await h.StartAsync("esc_event_sub");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal("notified", instance.Variables.Text("notice"));
        Assert.Equal(["start", "raise", "escStart", "notify", "onEscalationEnd", "onEscalation"], await h.CompletedElementsAsync(key));
        Assert.Equal(["work"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));

        await h.CompleteTaskAsync(key, "work");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "raise", "escStart", "notify", "onEscalationEnd", "onEscalation", "work", "end"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.TerminatedElementsAsync(key));
    }

    /// <summary>Nobody catches the escalation (the boundary waits for another code): the flow goes on without an incident.</summary>
    [Fact]
    public async Task Uncaught_escalation_is_not_an_error_and_the_instance_completes()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("esc_uncaught", Escalations, $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {EscalationThrow("raise", "escLate")}
                {EscalationEnd("raiseAtEnd", "escLate")}
                {Bpmn.Chain("subStart", "raise", "raiseAtEnd")}
                """)}
            <bpmn:endEvent id="end" />
            {EscalationBoundary("other", "sub", "escOther", interrupting: true)}
            <bpmn:endEvent id="otherEnd" />
            {Bpmn.Chain("start", "sub", "end")}
            {Bpmn.Flow("fo", "other", "otherEnd")}
            """));

        var key = await h.StartAsync("esc_uncaught");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Empty(await h.Queries.ListIncidentsAsync(key, null, CancellationToken.None));
        Assert.Equal(["start", "subStart", "raise", "raiseAtEnd", "sub", "end"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.TerminatedElementsAsync(key));
    }

    /// <summary>An escalation end event caught by a catch-all non-interrupting boundary: the end event completes, so the
    /// sub-process completes and the main flow goes on, while the boundary path runs too.</summary>
    [Fact]
    public async Task Escalation_end_event_caught_by_a_non_interrupting_catch_all_boundary()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("esc_end", Escalations, $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {EscalationEnd("raiseAtEnd", "escLate")}
                {Bpmn.Flow("sf1", "subStart", "raiseAtEnd")}
                """)}
            {Bpmn.UserTask("after")}
            <bpmn:endEvent id="end" />
            {EscalationBoundary("escalated", "sub", null, interrupting: false)}
            {Bpmn.UserTask("followUp")}
            <bpmn:endEvent id="followUpEnd" />
            {Bpmn.Chain("start", "sub", "after", "end")}
            {Bpmn.Chain("escalated", "followUp", "followUpEnd")}
            """));

        var key = await h.StartAsync("esc_end");

        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        Assert.Equal(["after", "followUp"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId).Order());
        Assert.Equal(["start", "subStart", "raiseAtEnd", "escalated", "sub"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.TerminatedElementsAsync(key));

        await h.CompleteTaskAsync(key, "followUp");
        await h.CompleteTaskAsync(key, "after");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
    }
}

public sealed class EscalationEventSqliteTests() : EscalationEventTests(DatabaseProvider.Sqlite);
public sealed class EscalationEventPostgresTests() : EscalationEventTests(DatabaseProvider.Postgres);
