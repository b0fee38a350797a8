using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>BPMN errors: thrown by error end events or activities, caught by the nearest boundary event or error event
/// sub-process (exact code before catch-all), across sub-processes and call activities; uncaught → incident.</summary>
public abstract class ErrorEventTests(DatabaseProvider provider)
{
    private static readonly string Errors = Error("errE1", "E1") + Error("errE2", "E2");

    [Fact]
    public async Task Error_end_event_is_caught_by_the_boundary_with_its_code_on_the_enclosing_sub_process()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("err_boundary_code", Errors, $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {ErrorEnd("throwE1", "errE1")}
                {Bpmn.Flow("sf1", "subStart", "throwE1")}
                """)}
            <bpmn:endEvent id="end" />
            {ErrorBoundary("caughtE1", "sub", "errE1")}
            <bpmn:endEvent id="handled" />
            {Bpmn.Chain("start", "sub", "end")}
            {Bpmn.Flow("fh", "caughtE1", "handled")}
            """));

        var key = await h.StartAsync("err_boundary_code");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Empty(instance.Incidents);
        Assert.Equal(["start", "subStart", "caughtE1", "handled"], await h.CompletedElementsAsync(key));
        Assert.Equal(["throwE1", "sub"], await h.TerminatedElementsAsync(key));
        Assert.DoesNotContain("end", await h.ActivatedElementsAsync(key));
    }

    /// <summary>A catch-all boundary (no errorRef) and one for another code: an unmatched code goes to the catch-all;
    /// the matching code goes to its own boundary even when the catch-all is declared first.</summary>
    [Fact]
    public async Task Unmatched_code_goes_to_the_catch_all_boundary_and_an_exact_code_beats_it()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("err_catch_all", Errors, $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                <bpmn:exclusiveGateway id="which" />
                {ErrorEnd("throwE1", "errE1")}
                {ErrorEnd("throwE2", "errE2")}
                {Bpmn.Flow("sf1", "subStart", "which")}
                {Bpmn.Flow("sfE1", "which", "throwE1", "=code = \"E1\"")}
                {Bpmn.Flow("sfE2", "which", "throwE2", "=code = \"E2\"")}
                """)}
            <bpmn:endEvent id="end" />
            {ErrorBoundary("caughtAny", "sub")}
            {ErrorBoundary("caughtE1", "sub", "errE1")}
            <bpmn:endEvent id="anyEnd" />
            <bpmn:endEvent id="e1End" />
            {Bpmn.Chain("start", "sub", "end")}
            {Bpmn.Flow("fa", "caughtAny", "anyEnd")}
            {Bpmn.Flow("fe", "caughtE1", "e1End")}
            """));

        var unmatched = await h.StartAsync("err_catch_all", new { code = "E2" });
        var exact = await h.StartAsync("err_catch_all", new { code = "E1" });

        Assert.Equal("COMPLETED", (await h.InstanceAsync(unmatched)).State);
        Assert.Equal(["start", "subStart", "which", "caughtAny", "anyEnd"], await h.CompletedElementsAsync(unmatched));
        Assert.Equal(["throwE2", "sub"], await h.TerminatedElementsAsync(unmatched));
        Assert.Equal("COMPLETED", (await h.InstanceAsync(exact)).State);
        Assert.Equal(["start", "subStart", "which", "caughtE1", "e1End"], await h.CompletedElementsAsync(exact));
        Assert.Equal(["throwE1", "sub"], await h.TerminatedElementsAsync(exact));
    }

    [Fact]
    public async Task Error_propagates_through_two_nested_sub_processes_to_the_outer_boundary()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("err_nested", Errors, $"""
            <bpmn:startEvent id="start" />
            {SubProcess("outer", $"""
                <bpmn:startEvent id="outerStart" />
                {SubProcess("inner", $"""
                    <bpmn:startEvent id="innerStart" />
                    {ErrorEnd("throwE1", "errE1")}
                    {Bpmn.Flow("if1", "innerStart", "throwE1")}
                    """)}
                <bpmn:endEvent id="outerEnd" />
                {ErrorBoundary("innerCaughtE2", "inner", "errE2")}
                <bpmn:endEvent id="innerHandled" />
                {Bpmn.Chain("outerStart", "inner", "outerEnd")}
                {Bpmn.Flow("of3", "innerCaughtE2", "innerHandled")}
                """)}
            <bpmn:endEvent id="end" />
            {ErrorBoundary("outerCaughtE1", "outer", "errE1")}
            <bpmn:endEvent id="handled" />
            {Bpmn.Chain("start", "outer", "end")}
            {Bpmn.Flow("fh", "outerCaughtE1", "handled")}
            """));

        var key = await h.StartAsync("err_nested");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "outerStart", "innerStart", "outerCaughtE1", "handled"], await h.CompletedElementsAsync(key));
        Assert.Equal(["throwE1", "inner", "outer"], await h.TerminatedElementsAsync(key));
    }

    /// <summary>An interrupting error event sub-process of the sub-process catches the error: the sub-process's other branch
    /// (a waiting user task) is terminated and its task canceled; after the handler the sub-process completes normally.</summary>
    [Fact]
    public async Task Error_event_sub_process_in_the_enclosing_scope_interrupts_the_other_branches()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("err_event_sub", Errors, $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {ParallelGateway("fork")}
                {Bpmn.UserTask("review")}
                {ErrorEnd("throwE1", "errE1")}
                <bpmn:endEvent id="reviewEnd" />
                {Bpmn.Flow("sf1", "subStart", "fork")}
                {Bpmn.Flow("sf2", "fork", "review")}
                {Bpmn.Flow("sf3", "fork", "throwE1")}
                {Bpmn.Flow("sf4", "review", "reviewEnd")}
                {EventSubProcess("onError", $"""
                    {ErrorStart("errorStart", "errE1")}
                    {Bpmn.ScriptTask("recover", "=\"recovered\"", "outcome")}
                    <bpmn:endEvent id="onErrorEnd" />
                    {Bpmn.Chain("errorStart", "recover", "onErrorEnd")}
                    """)}
                """)}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "sub", "end")}
            """));

        var key = await h.StartAsync("err_event_sub");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("recovered", instance.Variables.Text("outcome"));
        Assert.Equal(["start", "subStart", "fork", "errorStart", "recover", "onErrorEnd", "onError", "sub", "end"], await h.CompletedElementsAsync(key));
        Assert.Equal(["review", "throwE1"], await h.TerminatedElementsAsync(key));
        Assert.Empty(await h.OpenTasksAsync(key));
        Assert.Equal(["review"], (await h.TasksAsync(key, "CANCELED")).Select(t => t.ElementId));
    }

    /// <summary>At the process level the interrupting error event sub-process ends the main flow; the instance completes
    /// when the handler ends.</summary>
    [Fact]
    public async Task Error_event_sub_process_of_the_process_interrupts_the_main_flow()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("err_event_sub_root", Errors, $"""
            <bpmn:startEvent id="start" />
            {ParallelGateway("fork")}
            {Bpmn.UserTask("review")}
            {Fail("charge", "E2", "declined")}
            <bpmn:endEvent id="end" />
            <bpmn:endEvent id="chargeEnd" />
            {Bpmn.Flow("f1", "start", "fork")}
            {Bpmn.Flow("f2", "fork", "review")}
            {Bpmn.Flow("f3", "fork", "charge")}
            {Bpmn.Flow("f4", "review", "end")}
            {Bpmn.Flow("f5", "charge", "chargeEnd")}
            {EventSubProcess("onError", $"""
                {ErrorStart("errorStart")}
                <bpmn:endEvent id="onErrorEnd" />
                {Bpmn.Flow("ef1", "errorStart", "onErrorEnd")}
                """)}
            """));

        var key = await h.StartAsync("err_event_sub_root");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(["start", "fork", "errorStart", "onErrorEnd", "onError"], await h.CompletedElementsAsync(key));
        Assert.Equal(["review", "charge"], await h.TerminatedElementsAsync(key));
        Assert.Equal(["review"], (await h.TasksAsync(key, "CANCELED")).Select(t => t.ElementId));
        Assert.Equal("E2", instance.Variables.Text("errorCode"));
        Assert.Equal("declined", instance.Variables.Text("errorMessage"));
    }

    /// <summary>bpm:fail with an errorCode throws a BPMN error from the service task, caught by the task's own boundary;
    /// errorCode and errorMessage become process variables visible to the handler path.</summary>
    [Fact]
    public async Task Activity_error_is_caught_by_the_tasks_own_boundary_with_error_variables()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("err_activity", Error("errDeclined", "PAYMENT_DECLINED"), $"""
            <bpmn:startEvent id="start" />
            {Fail("charge", "PAYMENT_DECLINED", "card declined")}
            <bpmn:endEvent id="end" />
            {ErrorBoundary("declined", "charge", "errDeclined")}
            {Bpmn.ScriptTask("describe", "=errorCode + \": \" + errorMessage", "description")}
            <bpmn:endEvent id="declinedEnd" />
            {Bpmn.Chain("start", "charge", "end")}
            {Bpmn.Chain("declined", "describe", "declinedEnd")}
            """));

        var key = await h.StartAsync("err_activity");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Empty(instance.Incidents);
        Assert.Equal(["start", "declined", "describe", "declinedEnd"], await h.CompletedElementsAsync(key));
        Assert.Equal(["charge"], await h.TerminatedElementsAsync(key));
        Assert.Equal("PAYMENT_DECLINED", instance.Variables.Text("errorCode"));
        Assert.Equal("card declined", instance.Variables.Text("errorMessage"));
        Assert.Equal("PAYMENT_DECLINED: card declined", instance.Variables.Text("description"));
    }

    [Fact]
    public async Task Uncaught_error_end_event_raises_an_unhandled_error_incident_and_the_instance_stays_active()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("err_uncaught_end", Errors, $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {ErrorEnd("throwE1", "errE1")}
                {Bpmn.Flow("sf1", "subStart", "throwE1")}
                """)}
            <bpmn:endEvent id="end" />
            {ErrorBoundary("caughtE2", "sub", "errE2")}
            <bpmn:endEvent id="handled" />
            {Bpmn.Chain("start", "sub", "end")}
            {Bpmn.Flow("fh", "caughtE2", "handled")}
            """));

        var key = await h.StartAsync("err_uncaught_end");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("UNHANDLED_ERROR_EVENT", incident.ErrorType);
        Assert.Equal("throwE1", incident.ElementId);
        Assert.Equal(["sub", "throwE1"], instance.ActiveElementIds);
        Assert.Empty(await h.TerminatedElementsAsync(key));
    }

    [Fact]
    public async Task Uncaught_activity_error_raises_an_unhandled_error_incident_on_the_task()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("err_uncaught_activity", $"""
            <bpmn:startEvent id="start" />
            {Fail("charge", "PAYMENT_DECLINED", "card declined")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "charge", "end")}
            """));

        var key = await h.StartAsync("err_uncaught_activity");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("UNHANDLED_ERROR_EVENT", incident.ErrorType);
        Assert.Equal("charge", incident.ElementId);
        Assert.Contains("PAYMENT_DECLINED", incident.ErrorMessage);
        Assert.Equal(["charge"], instance.ActiveElementIds);
        Assert.Equal(["start"], await h.CompletedElementsAsync(key));
    }

    /// <summary>An error end event in the called process is caught by the error boundary on the call activity in the
    /// parent: the call activity and the child instance are terminated, the parent takes the boundary path.</summary>
    [Fact]
    public async Task Error_in_a_called_process_is_caught_by_the_call_activity_boundary_in_the_parent()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("err_call_child", Errors, $"""
            <bpmn:startEvent id="childStart" />
            {ErrorEnd("childThrow", "errE1")}
            {Bpmn.Flow("cf1", "childStart", "childThrow")}
            """), "child.bpmn");
        await h.DeployAsync(Bpmn.ProcessWith("err_call_parent", Errors, $"""
            <bpmn:startEvent id="start" />
            {CallActivity("call", "err_call_child")}
            <bpmn:endEvent id="end" />
            {ErrorBoundary("callFailed", "call", "errE1")}
            <bpmn:endEvent id="handled" />
            {Bpmn.Chain("start", "call", "end")}
            {Bpmn.Flow("fh", "callFailed", "handled")}
            """), "parent.bpmn");

        var key = await h.StartAsync("err_call_parent");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "callFailed", "handled"], await h.CompletedElementsAsync(key));
        Assert.Equal(["call"], await h.TerminatedElementsAsync(key));
        var childKey = Assert.Single(await h.ChildInstancesAsync(key));
        var child = await h.InstanceAsync(childKey);
        Assert.Equal("TERMINATED", child.State);
        Assert.Equal(key.ToString(), child.ParentProcessInstanceKey);
        Assert.Empty(child.Incidents);
        Assert.Equal(["childStart"], await h.CompletedElementsAsync(childKey));
        Assert.Equal(["childThrow"], await h.TerminatedElementsAsync(childKey));
    }
}

public sealed class ErrorEventSqliteTests() : ErrorEventTests(DatabaseProvider.Sqlite);
public sealed class ErrorEventPostgresTests() : ErrorEventTests(DatabaseProvider.Postgres);
