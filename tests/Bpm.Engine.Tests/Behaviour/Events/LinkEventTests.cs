using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>A link throw event continues the flow at the link catch event of the same name in its scope.</summary>
public abstract class LinkEventTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Link_throw_continues_at_the_catch_of_the_same_name()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("link_jump", $"""
            <bpmn:startEvent id="start" />
            {Bpmn.ScriptTask("first", "=1", "a")}
            {LinkThrow("goToB", "B")}
            {LinkCatch("fromA", "A")}
            {Bpmn.ScriptTask("unused", "=99", "z")}
            <bpmn:endEvent id="unusedEnd" />
            {LinkCatch("fromB", "B")}
            {Bpmn.ScriptTask("second", "=a + 1", "b")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "first", "goToB")}
            {Bpmn.Chain("fromA", "unused", "unusedEnd")}
            {Bpmn.Chain("fromB", "second", "end")}
            """));

        var key = await h.StartAsync("link_jump");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(2m, instance.Variables.Number("b"));
        Assert.Null(instance.Variables["z"]);
        Assert.Equal(["start", "first", "goToB", "fromB", "second", "end"], await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Link_inside_a_sub_process_stays_in_the_sub_process()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("link_in_sub", $"""
            <bpmn:startEvent id="start" />
            {SubProcess("sub", $"""
                <bpmn:startEvent id="subStart" />
                {LinkThrow("jump", "L")}
                {LinkCatch("land", "L")}
                <bpmn:endEvent id="subEnd" />
                {Bpmn.Flow("s1", "subStart", "jump")}
                {Bpmn.Flow("s2", "land", "subEnd")}
                """)}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "sub", "end")}
            """));

        var key = await h.StartAsync("link_in_sub");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "subStart", "jump", "land", "subEnd", "sub", "end"], await h.CompletedElementsAsync(key));
    }
}

public sealed class LinkEventSqliteTests() : LinkEventTests(DatabaseProvider.Sqlite);
public sealed class LinkEventPostgresTests() : LinkEventTests(DatabaseProvider.Postgres);
