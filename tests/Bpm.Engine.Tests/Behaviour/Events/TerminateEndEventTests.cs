using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>A terminate end event ends everything else in its own scope: the whole process, or only the sub-process it is in.</summary>
public abstract class TerminateEndEventTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Terminate_end_event_in_the_process_terminates_the_other_branches_and_completes_the_instance()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("terminate_process", $"""
            <bpmn:startEvent id="start" />
            {ParallelGateway("fork")}
            {Bpmn.UserTask("wait")}
            <bpmn:endEvent id="waitEnd" />
            {Bpmn.ScriptTask("decide", "=\"done\"", "decision")}
            {TerminateEnd("kill")}
            {Bpmn.Flow("f1", "start", "fork")}
            {Bpmn.Flow("f2", "fork", "wait")}
            {Bpmn.Flow("f3", "fork", "decide")}
            {Bpmn.Flow("f4", "wait", "waitEnd")}
            {Bpmn.Flow("f5", "decide", "kill")}
            """));

        var key = await h.StartAsync("terminate_process");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("done", instance.Variables.Text("decision"));
        Assert.Equal(["start", "fork", "decide", "kill"], await h.CompletedElementsAsync(key));
        Assert.Equal(["wait"], await h.TerminatedElementsAsync(key));
        Assert.Equal(["wait"], (await h.TasksAsync(key, "CANCELED")).Select(t => t.ElementId));
        Assert.Empty(instance.ActiveElementIds);
    }

    [Fact]
    public async Task Terminate_end_event_in_a_sub_process_ends_only_the_sub_process_and_the_process_continues()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("terminate_sub", $"""
            <bpmn:startEvent id="start" />
            {ParallelGateway("fork")}
            {Bpmn.UserTask("outerWait")}
            <bpmn:endEvent id="outerEnd" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {ParallelGateway("subFork")}
                {Bpmn.UserTask("innerWait")}
                <bpmn:endEvent id="innerEnd" />
                {TerminateEnd("killSub")}
                {Bpmn.Flow("s1", "subStart", "subFork")}
                {Bpmn.Flow("s2", "subFork", "innerWait")}
                {Bpmn.Flow("s3", "subFork", "killSub")}
                {Bpmn.Flow("s4", "innerWait", "innerEnd")}
                """)}
            {Bpmn.UserTask("afterSub")}
            <bpmn:endEvent id="end" />
            {Bpmn.Flow("f1", "start", "fork")}
            {Bpmn.Flow("f2", "fork", "outerWait")}
            {Bpmn.Flow("f3", "fork", "sub")}
            {Bpmn.Flow("f4", "outerWait", "outerEnd")}
            {Bpmn.Chain("sub", "afterSub", "end")}
            """));

        var key = await h.StartAsync("terminate_sub");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal(["start", "fork", "subStart", "subFork", "killSub", "sub"], await h.CompletedElementsAsync(key));
        Assert.Equal(["innerWait"], await h.TerminatedElementsAsync(key));
        Assert.Equal(["innerWait"], (await h.TasksAsync(key, "CANCELED")).Select(t => t.ElementId));
        Assert.Equal(["afterSub", "outerWait"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId).Order());

        await h.CompleteTaskAsync(key, "outerWait");
        await h.CompleteTaskAsync(key, "afterSub");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "fork", "subStart", "subFork", "killSub", "sub", "outerWait", "outerEnd", "afterSub", "end"],
            await h.CompletedElementsAsync(key));
    }
}

public sealed class TerminateEndEventSqliteTests() : TerminateEndEventTests(DatabaseProvider.Sqlite);
public sealed class TerminateEndEventPostgresTests() : TerminateEndEventTests(DatabaseProvider.Postgres);
