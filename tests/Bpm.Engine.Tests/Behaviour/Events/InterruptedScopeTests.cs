using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>A scope interrupted by an event sub-process stays active until the handler ends: its own boundary events still
/// apply, and it accepts no further interrupting event sub-process (an error thrown by the handler goes outwards).</summary>
public abstract class InterruptedScopeTests(DatabaseProvider provider)
{
    /// <summary>Zeebe: boundary events of a sub-process can still trigger while its interrupting event sub-process runs.</summary>
    [Fact]
    public async Task Sub_process_boundary_timer_still_applies_while_its_interrupting_event_sub_process_runs()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.ProcessWith("interrupted_boundary", Error("errX", "X"), $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {ErrorEnd("throwX", "errX")}
                {Bpmn.Flow("s1", "subStart", "throwX")}
                {EventSubProcess("onError", $"""
                    {ErrorStart("errorStart", "errX")}
                    {Bpmn.UserTask("fixIt")}
                    <bpmn:endEvent id="onErrorEnd" />
                    {Bpmn.Chain("errorStart", "fixIt", "onErrorEnd")}
                    """)}
                """)}
            <bpmn:endEvent id="end" />
            {TimerBoundary("deadline", "sub", "PT4H", interrupting: true)}
            <bpmn:endEvent id="lateEnd" />
            {Bpmn.Chain("start", "sub", "end")}
            {Bpmn.Flow("fl", "deadline", "lateEnd")}
            """));

        var key = await h.StartAsync("interrupted_boundary");

        Assert.Equal(["fixIt"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId));
        Assert.Equal(["deadline"], (await h.SubscriptionsAsync(key)).Select(s => s.ElementId));

        await h.TriggerAsync(key, "deadline");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["throwX", "fixIt", "onError", "sub"], await h.TerminatedElementsAsync(key));
        Assert.Equal(["start", "subStart", "errorStart", "deadline", "lateEnd"], await h.CompletedElementsAsync(key));
    }

    /// <summary>The handler of a catch-all error event sub-process fails with a BPMN error: its own (interrupted) scope does not
    /// catch it again; with nobody further out it is an unhandled-error incident on the failing task.</summary>
    [Fact]
    public async Task Error_thrown_by_an_interrupting_error_handler_is_not_caught_by_the_same_event_sub_process()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("interrupted_rethrow", $"""
            <bpmn:startEvent id="start" />
            {Fail("first", "A", "first failure")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "first", "end")}
            {EventSubProcess("onError", $"""
                {ErrorStart("errorStart")}
                {Fail("compensate", "B", "handler failure")}
                <bpmn:endEvent id="onErrorEnd" />
                {Bpmn.Chain("errorStart", "compensate", "onErrorEnd")}
                """)}
            """));

        var key = await h.StartAsync("interrupted_rethrow");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(("UNHANDLED_ERROR_EVENT", "compensate"), (incident.ErrorType, incident.ElementId));
        Assert.Equal(["start", "errorStart"], await h.CompletedElementsAsync(key));
        Assert.Equal(["first"], await h.TerminatedElementsAsync(key));
    }
}

public sealed class InterruptedScopeSqliteTests() : InterruptedScopeTests(DatabaseProvider.Sqlite);
public sealed class InterruptedScopePostgresTests() : InterruptedScopeTests(DatabaseProvider.Postgres);
