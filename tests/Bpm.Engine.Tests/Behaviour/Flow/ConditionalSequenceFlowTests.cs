using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

public abstract class ConditionalSequenceFlowTests(DatabaseProvider provider)
{
    private static string TaskWithConditions(string id, bool withDefault) => Bpmn.Process(id, $"""
        {Start()}
        {(withDefault ? """<bpmn:manualTask id="t" default="toC" />""" : Manual("t"))}
        {Manual("a")}{Manual("b")}{Manual("c")}
        {End("endA")}{End("endB")}{End("endC")}
        {Bpmn.Flow("f0", "start", "t")}
        {Bpmn.Flow("toA", "t", "a", "=x > 5")}
        {Bpmn.Flow("toB", "t", "b", "=x > 1")}
        {Bpmn.Flow("toC", "t", "c")}
        {Bpmn.Flow("fa", "a", "endA")}{Bpmn.Flow("fb", "b", "endB")}{Bpmn.Flow("fc", "c", "endC")}
        """);

    [Fact]
    public async Task A_task_takes_every_outgoing_flow_whose_condition_is_true()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(TaskWithConditions("cond_all", withDefault: true));

        var both = await h.StartAsync("cond_all", new { x = 10 });
        var one = await h.StartAsync("cond_all", new { x = 3 });

        Assert.Equal("COMPLETED", (await h.InstanceAsync(both)).State);
        Assert.Equal(["a", "b", "endA", "endB", "start", "t"], await h.CompletedSortedAsync(both));
        Assert.Equal(["start", "t", "b", "endB"], await h.CompletedElementsAsync(one));
    }

    [Fact]
    public async Task A_task_takes_its_default_flow_when_no_condition_is_true()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(TaskWithConditions("cond_default", withDefault: true));

        var key = await h.StartAsync("cond_default", new { x = 0 });

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "t", "c", "endC"], await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task An_unconditional_flow_is_always_taken_next_to_conditional_ones()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(TaskWithConditions("cond_plain", withDefault: false));

        var none = await h.StartAsync("cond_plain", new { x = 0 });
        var all = await h.StartAsync("cond_plain", new { x = 10 });

        Assert.Equal(["start", "t", "c", "endC"], await h.CompletedElementsAsync(none));
        Assert.Equal(["a", "b", "c", "endA", "endB", "endC", "start", "t"], await h.CompletedSortedAsync(all));
        Assert.Equal("COMPLETED", (await h.InstanceAsync(all)).State);
    }

    [Fact]
    public async Task A_task_whose_conditional_flows_are_all_false_without_default_raises_an_incident()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("cond_stuck", $"""
            {Start()}
            {Manual("t")}
            {End("endA")}{End("endB")}
            {Bpmn.Flow("f0", "start", "t")}
            {Bpmn.Flow("toA", "t", "endA", "=x = 1")}
            {Bpmn.Flow("toB", "t", "endB", "=x = 2")}
            """));

        var key = await h.StartAsync("cond_stuck", new { x = 3 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal(["t"], instance.ActiveElementIds);
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("CONDITION_ERROR", incident.ErrorType);
        Assert.Equal("t", incident.ElementId);
    }
}

public sealed class ConditionalSequenceFlowSqliteTests() : ConditionalSequenceFlowTests(DatabaseProvider.Sqlite);
public sealed class ConditionalSequenceFlowPostgresTests() : ConditionalSequenceFlowTests(DatabaseProvider.Postgres);
