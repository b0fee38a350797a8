using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>Call activities: variables into and out of the child, mappings, a missing called process, cancellation.</summary>
public abstract class CallActivityTests(DatabaseProvider provider)
{
    private static string Child(string processId) => Bpmn.Process(processId, $"""
        <bpmn:startEvent id="childStart" />
        {Bpmn.ScriptTask("double", "=amount * 2", "doubled")}
        {Bpmn.ScriptTask("hide", "=\"child only\"", "secret")}
        <bpmn:endEvent id="childEnd" />
        {Bpmn.Chain("childStart", "double", "hide", "childEnd")}
        """);

    private static string Parent(string processId, string callActivity) => Bpmn.Process(processId, $"""
        <bpmn:startEvent id="start" />
        {callActivity}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "call", "end")}
        """);

    [Fact]
    public async Task Child_sees_the_parent_variables_and_its_variables_propagate_back()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Child("call_all_child"), "child.bpmn");
        await h.DeployAsync(Parent("call_all_parent", CallActivity("call", "call_all_child", "propagateAllChildVariables=\"true\"")), "parent.bpmn");

        var key = await h.StartAsync("call_all_parent", new { amount = 5 });

        var parent = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", parent.State);
        Assert.Null(parent.ParentProcessInstanceKey);
        Assert.Equal(10m, parent.Variables.Number("doubled"));
        Assert.Equal("child only", parent.Variables.Text("secret"));
        Assert.Equal(["start", "call", "end"], await h.CompletedElementsAsync(key));
        var childKey = Assert.Single(await h.ChildInstancesAsync(key));
        var child = await h.InstanceAsync(childKey);
        Assert.Equal("COMPLETED", child.State);
        Assert.Equal("call_all_child", child.BpmnProcessId);
        Assert.Equal(key.ToString(), child.ParentProcessInstanceKey);
        Assert.Equal(5m, child.Variables.Number("amount"));
        Assert.Equal(10m, child.Variables.Number("doubled"));
        Assert.Equal(["childStart", "double", "hide", "childEnd"], await h.CompletedElementsAsync(childKey));
    }

    [Fact]
    public async Task Without_child_propagation_only_the_output_mappings_reach_the_parent()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Child("call_out_child"), "child.bpmn");
        await h.DeployAsync(Parent("call_out_parent", CallActivity("call", "call_out_child", "propagateAllChildVariables=\"false\"",
            Output("=doubled + 1", "result"))), "parent.bpmn");

        var key = await h.StartAsync("call_out_parent", new { amount = 5 });

        var parent = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", parent.State);
        Assert.Equal(["amount", "result"], parent.Variables.Select(v => v.Key).Order());
        Assert.Equal(11m, parent.Variables.Number("result"));
    }

    [Fact]
    public async Task Without_child_propagation_and_without_output_mappings_nothing_comes_back()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Child("call_none_child"), "child.bpmn");
        await h.DeployAsync(Parent("call_none_parent", CallActivity("call", "call_none_child", "propagateAllChildVariables=\"false\"")), "parent.bpmn");

        var key = await h.StartAsync("call_none_parent", new { amount = 5 });

        var parent = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", parent.State);
        Assert.Equal(["amount"], parent.Variables.Select(v => v.Key));
    }

    [Fact]
    public async Task With_input_mappings_and_no_parent_propagation_the_child_gets_only_the_mapped_variables()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("call_in_child", $"""
            <bpmn:startEvent id="childStart" />
            {Bpmn.ScriptTask("double", "=childAmount * 2", "doubled")}
            <bpmn:endEvent id="childEnd" />
            {Bpmn.Chain("childStart", "double", "childEnd")}
            """), "child.bpmn");
        await h.DeployAsync(Parent("call_in_parent", CallActivity("call", "call_in_child", "propagateAllParentVariables=\"false\"",
            Input("=amount + 1", "childAmount"))), "parent.bpmn");

        var key = await h.StartAsync("call_in_parent", new { amount = 5, secret = "parent only" });

        var childKey = Assert.Single(await h.ChildInstancesAsync(key));
        var child = await h.InstanceAsync(childKey);
        Assert.Equal("COMPLETED", child.State);
        Assert.Equal(["childAmount", "doubled"], child.Variables.Select(v => v.Key).Order());
        Assert.Equal(6m, child.Variables.Number("childAmount"));
        var parent = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", parent.State);
        Assert.Equal(12m, parent.Variables.Number("doubled"));
        Assert.Equal("parent only", parent.Variables.Text("secret"));
    }

    /// <summary>The called process is missing: an incident on the call activity; once it is deployed, resolving the incident
    /// starts the child and the parent goes on.</summary>
    [Fact]
    public async Task Missing_called_process_raises_a_called_element_incident_that_resolves_after_deployment()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Parent("call_missing_parent", CallActivity("call", "call_missing_child")), "parent.bpmn");

        var key = await h.StartAsync("call_missing_parent", new { amount = 1 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("CALLED_ELEMENT_ERROR", incident.ErrorType);
        Assert.Equal("call", incident.ElementId);
        Assert.Contains("call_missing_child", incident.ErrorMessage);
        Assert.Equal(["call"], instance.ActiveElementIds);
        Assert.Empty(await h.ChildInstancesAsync(key));

        await h.DeployAsync(Child("call_missing_child"), "child.bpmn");
        await h.Engine.ResolveIncidentAsync(long.Parse(incident.IncidentKey), CancellationToken.None);

        instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Empty(instance.Incidents);
        Assert.Equal(2m, instance.Variables.Number("doubled"));
        Assert.Single(await h.ChildInstancesAsync(key));
    }

    [Fact]
    public async Task Canceling_the_parent_terminates_the_child()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("call_cancel_child", $"""
            <bpmn:startEvent id="childStart" />
            {Bpmn.UserTask("approve")}
            <bpmn:endEvent id="childEnd" />
            {Bpmn.Chain("childStart", "approve", "childEnd")}
            """), "child.bpmn");
        await h.DeployAsync(Parent("call_cancel_parent", CallActivity("call", "call_cancel_child")), "parent.bpmn");
        var key = await h.StartAsync("call_cancel_parent");
        var childKey = Assert.Single(await h.ChildInstancesAsync(key));
        Assert.Equal("ACTIVE", (await h.InstanceAsync(childKey)).State);
        Assert.Equal(["approve"], (await h.OpenTasksAsync(childKey)).Select(t => t.ElementId));

        await h.Engine.CancelProcessInstanceAsync(key, CancellationToken.None);

        Assert.Equal("TERMINATED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["call"], await h.TerminatedElementsAsync(key));
        var child = await h.InstanceAsync(childKey);
        Assert.Equal("TERMINATED", child.State);
        Assert.Empty(child.ActiveElementIds);
        Assert.Equal(["approve"], await h.TerminatedElementsAsync(childKey));
        Assert.Equal(["approve"], (await h.TasksAsync(childKey, "CANCELED")).Select(t => t.ElementId));
        Assert.Empty(await h.OpenTasksAsync(childKey));
    }

    [Fact]
    public async Task Interrupting_message_boundary_on_a_call_activity_terminates_the_child()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("call_boundary_child", $"""
            <bpmn:startEvent id="childStart" />
            {Bpmn.UserTask("approve")}
            <bpmn:endEvent id="childEnd" />
            {Bpmn.Chain("childStart", "approve", "childEnd")}
            """), "child.bpmn");
        await h.DeployAsync(Bpmn.ProcessWith("call_boundary_parent", Message("msgStop", "stop", "=caseNo"), $"""
            <bpmn:startEvent id="start" />
            {CallActivity("call", "call_boundary_child")}
            <bpmn:endEvent id="end" />
            {MessageBoundary("stopped", "call", "msgStop", interrupting: true)}
            <bpmn:endEvent id="stoppedEnd" />
            {Bpmn.Chain("start", "call", "end")}
            {Bpmn.Flow("fs", "stopped", "stoppedEnd")}
            """), "parent.bpmn");
        var key = await h.StartAsync("call_boundary_parent", new { caseNo = "C-1" });
        var childKey = Assert.Single(await h.ChildInstancesAsync(key));

        await h.TriggerAsync(key, "stopped");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "stopped", "stoppedEnd"], await h.CompletedElementsAsync(key));
        Assert.Equal(["call"], await h.TerminatedElementsAsync(key));
        Assert.Equal("TERMINATED", (await h.InstanceAsync(childKey)).State);
        Assert.Equal(["approve"], (await h.TasksAsync(childKey, "CANCELED")).Select(t => t.ElementId));
    }
}

public sealed class CallActivitySqliteTests() : CallActivityTests(DatabaseProvider.Sqlite);
public sealed class CallActivityPostgresTests() : CallActivityTests(DatabaseProvider.Postgres);
