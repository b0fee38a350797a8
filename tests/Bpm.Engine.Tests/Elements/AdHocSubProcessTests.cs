using System.Security;
using System.Text.Json.Nodes;
using Bpm.Engine.Deployment;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Behaviour.Flow;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Elements;

/// <summary>bpmn:adHocSubProcess (临时子流程), as Camunda 8 runs it: an investigation whose steps (询问, 勘验, 调取证据) the
/// officers do in any order, as needed, until the case has enough. Inner elements start without a start event; the
/// zeebe:adHoc activeElementsCollection picks which (all of them without it, our choice), and the completion condition ends
/// it, cancelling the rest unless cancelRemainingInstances is false.</summary>
public abstract class AdHocSubProcessTests(DatabaseProvider provider)
{
    private const string Steps = """<bpmn:userTask id="ask" name="询问" /><bpmn:userTask id="inspect" name="勘验" /><bpmn:userTask id="collect" name="调取证据" />""";

    private static string Model(string processId, string inner = Steps, string? collection = null, string? condition = null,
        bool? cancelRemaining = null, string extra = "") => Bpmn.Process(processId, $"""
        <bpmn:startEvent id="start" />
        {AdHoc("investigate", inner, collection, condition, cancelRemaining)}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "investigate", "end")}
        {extra}
        """);

    private static string AdHoc(string id, string inner, string? collection, string? condition, bool? cancelRemaining)
    {
        var cancel = cancelRemaining is { } value ? $""" cancelRemainingInstances="{(value ? "true" : "false")}" """ : " ";
        var extension = collection is null ? "" : $"""<bpmn:extensionElements><zeebe:adHoc activeElementsCollection="{SecurityElement.Escape(collection)}" /></bpmn:extensionElements>""";
        var completion = condition is null ? "" : $"""<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">{SecurityElement.Escape(condition)}</bpmn:completionCondition>""";
        return $"""<bpmn:adHocSubProcess id="{id}" name="调查取证"{cancel}>{extension}{inner}{completion}</bpmn:adHocSubProcess>""";
    }

    [Fact]
    public async Task Without_a_collection_every_inner_element_starts_and_the_sub_process_completes_when_all_are_done()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var deployment = await h.DeployAsync(Model("adhoc_all"));
        Assert.Single(deployment.Processes);

        var key = await h.StartAsync("adhoc_all");

        var waiting = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", waiting.State);
        Assert.Equal(["ask", "collect", "inspect", "investigate"], waiting.ActiveElementIds.Order(StringComparer.Ordinal));
        await h.CompleteTaskAsync(key, "inspect", new { scene = "现场已勘验" });
        await h.CompleteTaskAsync(key, "ask");
        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        await h.CompleteTaskAsync(key, "collect");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("现场已勘验", instance.Variables["scene"]!.GetValue<string>());
        Assert.Equal(["start", "inspect", "ask", "collect", "investigate", "end"], await h.CompletedElementsAsync(key));
        var history = await h.HistoryAsync(key);
        Assert.Contains(history, e => e is { ElementId: "investigate", Event: "ACTIVATED", ElementType: "adHocSubProcess" });
        Assert.Contains(history, e => e is { ElementId: "investigate", Event: "COMPLETED", ElementType: "adHocSubProcess" });
    }

    [Fact]
    public async Task The_active_elements_collection_starts_only_the_elements_it_names()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("adhoc_subset", collection: "=steps"));

        var key = await h.StartAsync("adhoc_subset", new { steps = new[] { "collect", "ask" } });

        Assert.Equal(["ask", "collect", "investigate"], (await h.InstanceAsync(key)).ActiveElementIds.Order(StringComparer.Ordinal));
        await h.CompleteTaskAsync(key, "ask");
        await h.CompleteTaskAsync(key, "collect");
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(0, await h.CountAsync(key, "inspect", "ACTIVATED"));
    }

    [Fact]
    public async Task A_completion_condition_that_holds_after_one_step_cancels_the_others_and_completes()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("adhoc_enough", condition: "=enough = true"));
        var key = await h.StartAsync("adhoc_enough", new { enough = false });

        await h.CompleteTaskAsync(key, "ask", new { enough = false });
        Assert.Equal(["collect", "inspect", "investigate"], (await h.InstanceAsync(key)).ActiveElementIds.Order(StringComparer.Ordinal));
        await h.CompleteTaskAsync(key, "inspect", new { enough = true });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(["start", "ask", "inspect", "investigate", "end"], await h.CompletedElementsAsync(key));
        Assert.Equal(["collect"], await h.TerminatedElementsAsync(key));
        Assert.Equal(["collect"], (await EventHarnessExtensions.TasksAsync(h, key, "CANCELED")).Select(t => t.ElementId));
    }

    [Fact]
    public async Task A_token_still_on_its_way_inside_when_the_condition_holds_starts_nothing()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        // In one step: "note" completes and sends a token to "record"; "decide" then completes, its output mapping sets
        // enough and the condition holds, so the token queued for "record" must not start a task in a sub-process that is
        // completing.
        const string decide = """<bpmn:scriptTask id="decide"><bpmn:extensionElements><zeebe:script expression="=true" resultVariable="decided" /><zeebe:ioMapping><zeebe:output source="=decided" target="enough" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:scriptTask>""";
        var inner = $"""
            {Bpmn.ScriptTask("note", "=1", "notes")}{decide}{Bpmn.UserTask("record")}
            {Bpmn.Flow("note_record", "note", "record")}
            """;
        await h.DeployAsync(Model("adhoc_token_in_flight", inner, condition: "=enough = true"));

        var key = await h.StartAsync("adhoc_token_in_flight", new { enough = false });

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "note", "decide", "investigate", "end"], await h.CompletedElementsAsync(key));
        Assert.Equal(0, await h.CountAsync(key, "record", "ACTIVATED"));
        Assert.Empty(await h.OpenTasksAsync(key));
    }

    [Fact]
    public async Task Without_cancel_remaining_instances_a_condition_that_holds_waits_for_the_steps_still_active()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("adhoc_keep", collection: """=["ask", "inspect"]""", condition: "=enough = true", cancelRemaining: false));
        var key = await h.StartAsync("adhoc_keep", new { enough = false });

        await h.CompleteTaskAsync(key, "ask", new { enough = true });
        Assert.Equal(["inspect", "investigate"], (await h.InstanceAsync(key)).ActiveElementIds.Order(StringComparer.Ordinal));
        await h.CompleteTaskAsync(key, "inspect");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Empty(await h.TerminatedElementsAsync(key));
    }

    [Fact]
    public async Task When_everything_inside_is_done_but_the_condition_does_not_hold_the_sub_process_stays_active()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("adhoc_not_enough", collection: """=["ask"]""", condition: "=enough = true"));
        var key = await h.StartAsync("adhoc_not_enough", new { enough = false });

        await h.CompleteTaskAsync(key, "ask");

        var instance = await h.InstanceAsync(key);
        Assert.Equal(("ACTIVE", "investigate", 0), (instance.State, string.Join(",", instance.ActiveElementIds), (await h.IncidentsAsync(key)).Count));
    }

    [Fact]
    public async Task An_activated_element_continues_along_its_inner_flow()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var inner = $"""
            {Steps}<bpmn:userTask id="record" name="制作笔录" />
            {Bpmn.Flow("ask_record", "ask", "record")}
            """;
        await h.DeployAsync(Model("adhoc_inner_flow", inner, collection: """=["ask", "inspect"]"""));
        var key = await h.StartAsync("adhoc_inner_flow");
        Assert.Equal(["ask", "inspect", "investigate"], (await h.InstanceAsync(key)).ActiveElementIds.Order(StringComparer.Ordinal));

        await h.CompleteTaskAsync(key, "ask");
        Assert.Equal(["inspect", "investigate", "record"], (await h.InstanceAsync(key)).ActiveElementIds.Order(StringComparer.Ordinal));
        await h.CompleteTaskAsync(key, "inspect");
        await h.CompleteTaskAsync(key, "record");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "ask", "inspect", "record", "investigate", "end"], await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task An_unknown_id_in_the_collection_is_an_incident_naming_it_and_starts_nothing()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("adhoc_unknown", collection: "=steps"));

        var key = await h.StartAsync("adhoc_unknown", new { steps = new[] { "ask", "visit" } });

        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("investigate", incident.ElementId);
        Assert.Contains("「visit」", incident.ErrorMessage);
        Assert.DoesNotContain("「ask」", incident.ErrorMessage);
        Assert.Equal(0, await h.CountAsync(key, "ask", "ACTIVATED"));
    }

    [Fact]
    public async Task Resolving_the_incident_after_the_collection_is_corrected_starts_the_named_steps()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("adhoc_corrected", collection: "=steps"));
        var key = await h.StartAsync("adhoc_corrected", new { steps = new[] { "visit" } });
        var incident = Assert.Single(await h.IncidentsAsync(key));

        await h.Engine.SetVariableAsync(key, "steps", new JsonArray("inspect"), "admin", "更正调查步骤", CancellationToken.None);
        await h.ResolveAsync(incident);

        var instance = await h.InstanceAsync(key);
        Assert.Empty(await h.IncidentsAsync(key));
        Assert.Equal(["inspect", "investigate"], instance.ActiveElementIds.Order(StringComparer.Ordinal));
        await h.CompleteTaskAsync(key, "inspect");
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
    }

    [Fact]
    public async Task Cancelling_the_case_terminates_the_sub_process_and_cancels_its_steps()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("adhoc_cancelled"));
        var key = await h.StartAsync("adhoc_cancelled");

        await h.Engine.CancelProcessInstanceAsync(key, CancellationToken.None);

        Assert.Equal("TERMINATED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["ask", "collect", "inspect", "investigate"], (await h.TerminatedElementsAsync(key)).Order(StringComparer.Ordinal));
        Assert.Equal(["ask", "collect", "inspect"], (await EventHarnessExtensions.TasksAsync(h, key, "CANCELED")).Select(t => t.ElementId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_start_event_inside_is_refused_at_deployment_naming_it()
    {
        await using var h = await EngineHarness.StartAsync(provider);

        var rejected = await Assert.ThrowsAsync<DeploymentRejectedException>(() =>
            h.DeployAsync(Model("adhoc_start_inside", $"""<bpmn:startEvent id="inner_start" />{Steps}""")));

        Assert.Contains(rejected.Errors, e => e.ElementId == "investigate" && e.Message.Contains("临时子流程「调查取证」（investigate）内不能有开始事件")
            && e.Message.Contains("inner_start"));
    }

    [Fact]
    public async Task An_interrupting_boundary_timer_terminates_the_sub_process_with_its_steps()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Model("adhoc_timer", extra: $"""
            {EventBpmn.TimerBoundary("overdue", "investigate", "P10D", interrupting: true)}
            <bpmn:endEvent id="lateEnd" />
            {Bpmn.Flow("f_late", "overdue", "lateEnd")}
            """));
        var key = await h.StartAsync("adhoc_timer");
        await h.CompleteTaskAsync(key, "ask");

        h.Clock.Advance(TimeSpan.FromDays(10));
        await h.TriggerAsync(key, "overdue");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(["start", "ask", "overdue", "lateEnd"], await h.CompletedElementsAsync(key));
        Assert.Equal(["collect", "inspect", "investigate"], (await h.TerminatedElementsAsync(key)).Order(StringComparer.Ordinal));
        Assert.Equal(["collect", "inspect"], (await EventHarnessExtensions.TasksAsync(h, key, "CANCELED")).Select(t => t.ElementId).Order(StringComparer.Ordinal));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }
}

public sealed class AdHocSubProcessSqliteTests() : AdHocSubProcessTests(DatabaseProvider.Sqlite);
public sealed class AdHocSubProcessPostgresTests() : AdHocSubProcessTests(DatabaseProvider.Postgres);
