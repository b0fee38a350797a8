using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>Errors and escalations that leave the element that threw them: an activity error without its own boundary,
/// escalations and uncaught errors across a call activity.</summary>
public abstract class ErrorPropagationTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Activity_error_without_its_own_boundary_is_caught_on_the_enclosing_sub_process()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("errprop_activity_up", Error("errX", "X"), $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {Fail("charge", "X", "boom")}
                <bpmn:endEvent id="subEnd" />
                {Bpmn.Chain("subStart", "charge", "subEnd")}
                """)}
            <bpmn:endEvent id="end" />
            {ErrorBoundary("caught", "sub", "errX")}
            <bpmn:endEvent id="handled" />
            {Bpmn.Chain("start", "sub", "end")}
            {Bpmn.Flow("fh", "caught", "handled")}
            """));

        var key = await h.StartAsync("errprop_activity_up");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(["start", "subStart", "caught", "handled"], await h.CompletedElementsAsync(key));
        Assert.Equal(["charge", "sub"], await h.TerminatedElementsAsync(key));
        Assert.Equal("X", instance.Variables.Text("errorCode"));
        Assert.Equal("boom", instance.Variables.Text("errorMessage"));
    }

    /// <summary>An error nobody catches in the child or the parent: the incident is on the child's throw event and both
    /// instances stay active.</summary>
    [Fact]
    public async Task Error_uncaught_in_child_and_parent_raises_the_incident_in_the_child()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("errprop_uncaught_child", Error("errX", "X"), $"""
            <bpmn:startEvent id="childStart" />
            {ErrorEnd("childThrow", "errX")}
            {Bpmn.Flow("cf1", "childStart", "childThrow")}
            """), "child.bpmn");
        await h.DeployAsync(Bpmn.Process("errprop_uncaught_parent", $"""
            <bpmn:startEvent id="start" />
            {CallActivity("call", "errprop_uncaught_child")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "call", "end")}
            """), "parent.bpmn");

        var key = await h.StartAsync("errprop_uncaught_parent");

        var parent = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", parent.State);
        Assert.Empty(parent.Incidents);
        Assert.Equal(["call"], parent.ActiveElementIds);
        var childKey = Assert.Single(await h.ChildInstancesAsync(key));
        var child = await h.InstanceAsync(childKey);
        Assert.Equal("ACTIVE", child.State);
        var incident = Assert.Single(child.Incidents);
        Assert.Equal(("UNHANDLED_ERROR_EVENT", "childThrow"), (incident.ErrorType, incident.ElementId));
    }

    /// <summary>An escalation thrown in the child reaches the non-interrupting boundary of the call activity: the parent runs
    /// the boundary path while the child goes on and completes, which then completes the call activity.</summary>
    [Fact]
    public async Task Escalation_in_a_called_process_reaches_the_non_interrupting_boundary_of_the_call_activity()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("escprop_child", Escalation("escLate", "LATE"), $"""
            <bpmn:startEvent id="childStart" />
            {EscalationThrow("raise", "escLate")}
            {Bpmn.UserTask("childWork")}
            <bpmn:endEvent id="childEnd" />
            {Bpmn.Chain("childStart", "raise", "childWork", "childEnd")}
            """), "child.bpmn");
        await h.DeployAsync(Bpmn.ProcessWith("escprop_parent", Escalation("escLate", "LATE"), $"""
            <bpmn:startEvent id="start" />
            {CallActivity("call", "escprop_child")}
            <bpmn:endEvent id="end" />
            {EscalationBoundary("escalated", "call", "escLate", interrupting: false)}
            {Bpmn.ScriptTask("notify", "=\"notified\"", "notice")}
            <bpmn:endEvent id="notifyEnd" />
            {Bpmn.Chain("start", "call", "end")}
            {Bpmn.Chain("escalated", "notify", "notifyEnd")}
            """), "parent.bpmn");

        var key = await h.StartAsync("escprop_parent");

        Assert.Equal(["start", "escalated", "notify", "notifyEnd"], await h.CompletedElementsAsync(key));
        Assert.Equal("notified", (await h.InstanceAsync(key)).Variables.Text("notice"));
        var childKey = Assert.Single(await h.ChildInstancesAsync(key));
        Assert.Equal(["childStart", "raise"], await h.CompletedElementsAsync(childKey));
        Assert.Equal(["childWork"], (await h.OpenTasksAsync(childKey)).Select(t => t.ElementId));

        await h.CompleteTaskAsync(childKey, "childWork");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(childKey)).State);
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "escalated", "notify", "notifyEnd", "call", "end"], await h.CompletedElementsAsync(key));
    }

    /// <summary>The nearest scope wins: a catch-all boundary on the inner sub-process catches the error before an exact
    /// boundary on the outer one; and among event sub-processes of one scope the exact code beats the catch-all.</summary>
    [Fact]
    public async Task Nearest_catch_all_beats_an_outer_exact_match_and_exact_beats_catch_all_among_event_sub_processes()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("errprop_nearest", Error("errX", "X"), $"""
            <bpmn:startEvent id="start" />
            {SubProcess("outer", $"""
                <bpmn:startEvent id="outerStart" />
                {SubProcess("inner", $"""
                    <bpmn:startEvent id="innerStart" />
                    {Fail("work", "X", "inner failure")}
                    <bpmn:endEvent id="innerEnd" />
                    {Bpmn.Chain("innerStart", "work", "innerEnd")}
                    """)}
                <bpmn:endEvent id="outerEnd" />
                {ErrorBoundary("innerAny", "inner")}
                {Fail("again", "X", "second failure")}
                <bpmn:endEvent id="againEnd" />
                {Bpmn.Chain("outerStart", "inner", "outerEnd")}
                {Bpmn.Chain("innerAny", "again", "againEnd")}
                {EventSubProcess("outerAny", $"""
                    {ErrorStart("outerAnyStart")}
                    <bpmn:endEvent id="outerAnyEnd" />
                    {Bpmn.Flow("oa", "outerAnyStart", "outerAnyEnd")}
                    """)}
                {EventSubProcess("outerExact", $"""
                    {ErrorStart("outerExactStart", "errX")}
                    <bpmn:endEvent id="outerExactEnd" />
                    {Bpmn.Flow("oe", "outerExactStart", "outerExactEnd")}
                    """)}
                """)}
            <bpmn:endEvent id="end" />
            {ErrorBoundary("outerExactBoundary", "outer", "errX")}
            <bpmn:endEvent id="outerBoundaryEnd" />
            {Bpmn.Chain("start", "outer", "end")}
            {Bpmn.Flow("fb", "outerExactBoundary", "outerBoundaryEnd")}
            """));

        var key = await h.StartAsync("errprop_nearest");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(["start", "outerStart", "innerStart", "innerAny", "outerExactStart", "outerExactEnd", "outerExact", "outer", "end"],
            await h.CompletedElementsAsync(key));
        Assert.Equal(["work", "inner", "again"], await h.TerminatedElementsAsync(key));
        Assert.Equal("second failure", instance.Variables.Text("errorMessage"));
    }

    /// <summary>One instance of a parallel multi-instance sub-process throws: the boundary on the multi-instance activity
    /// catches it and every other instance (waiting at a user task) is terminated.</summary>
    [Fact]
    public async Task Error_in_one_multi_instance_iteration_is_caught_on_the_multi_instance_activity()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("errprop_multi", Error("errX", "X"), $"""
            <bpmn:startEvent id="start" />
            <bpmn:subProcess id="each">
              <bpmn:multiInstanceLoopCharacteristics>
                <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=items" inputElement="item" /></bpmn:extensionElements>
              </bpmn:multiInstanceLoopCharacteristics>
              <bpmn:startEvent id="eachStart" />
              <bpmn:exclusiveGateway id="bad" default="fOk" />
              {ErrorEnd("throwX", "errX")}
              {Bpmn.UserTask("check")}
              <bpmn:endEvent id="eachEnd" />
              {Bpmn.Flow("e1", "eachStart", "bad")}
              {Bpmn.Flow("fBad", "bad", "throwX", "=item = 2")}
              {Bpmn.Flow("fOk", "bad", "check")}
              {Bpmn.Flow("e2", "check", "eachEnd")}
            </bpmn:subProcess>
            <bpmn:endEvent id="end" />
            {ErrorBoundary("caught", "each", "errX")}
            <bpmn:endEvent id="handled" />
            {Bpmn.Chain("start", "each", "end")}
            {Bpmn.Flow("fh", "caught", "handled")}
            """));

        var key = await h.StartAsync("errprop_multi", new { items = new[] { 1, 2, 3 } });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Empty(instance.ActiveElementIds);
        Assert.Empty(await h.OpenTasksAsync(key));
        // Breadth first: iteration 1 reaches its task, then iteration 2 throws before iteration 3 reaches its task,
        // so one task was created (and is canceled) and iteration 3's queued token dies with its terminated scope.
        Assert.Equal(["check"], (await h.TasksAsync(key, "CANCELED")).Select(t => t.ElementId));
        Assert.Equal(["caught", "handled"], (await h.CompletedElementsAsync(key)).Where(id => id is "caught" or "handled" or "end"));
        var terminated = await h.TerminatedElementsAsync(key);
        Assert.Equal(1, terminated.Count(id => id == "throwX"));
        Assert.Equal(1, terminated.Count(id => id == "check"));
        Assert.Equal(4, terminated.Count(id => id == "each"));
        Assert.Equal("each", terminated[^1]);
    }

    /// <summary>Minimal form of the same problem: the parallel branch that throws is activated before its sibling, so the
    /// sibling's activation is still queued when the error terminates the sub-process. It must not run afterwards.</summary>
    [Fact]
    public async Task Sibling_branch_queued_in_the_same_step_does_not_start_after_its_scope_was_terminated()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("errprop_queued_sibling", Error("errX", "X"), $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {ParallelGateway("fork")}
                {ErrorEnd("throwX", "errX")}
                {Bpmn.UserTask("review")}
                <bpmn:endEvent id="reviewEnd" />
                {Bpmn.Flow("s1", "subStart", "fork")}
                {Bpmn.Flow("s2", "fork", "throwX")}
                {Bpmn.Flow("s3", "fork", "review")}
                {Bpmn.Flow("s4", "review", "reviewEnd")}
                """)}
            <bpmn:endEvent id="end" />
            {ErrorBoundary("caught", "sub", "errX")}
            <bpmn:endEvent id="handled" />
            {Bpmn.Chain("start", "sub", "end")}
            {Bpmn.Flow("fh", "caught", "handled")}
            """));

        var key = await h.StartAsync("errprop_queued_sibling");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "subStart", "fork", "caught", "handled"], await h.CompletedElementsAsync(key));
        Assert.Equal(["throwX", "sub"], await h.TerminatedElementsAsync(key));
        Assert.Empty(await h.OpenTasksAsync(key));
        Assert.DoesNotContain("review", await h.ActivatedElementsAsync(key));
    }
}

public sealed class ErrorPropagationSqliteTests() : ErrorPropagationTests(DatabaseProvider.Sqlite);
public sealed class ErrorPropagationPostgresTests() : ErrorPropagationTests(DatabaseProvider.Postgres);
