using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

public abstract class SubProcessTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Manual_and_undefined_tasks_pass_straight_through()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("pass", $"""
            {Start()}{Manual("manual")}{Task("plain")}{End()}
            {Bpmn.Chain("start", "manual", "plain", "end")}
            """));

        var key = await h.StartAsync("pass");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "manual", "plain", "end"], await h.CompletedElementsAsync(key));
        var types = (await h.HistoryAsync(key)).Where(e => e.Event == "COMPLETED").Select(e => e.ElementType).ToList();
        Assert.Equal(["startEvent", "manualTask", "task", "endEvent", "process"], types);
    }

    [Fact]
    public async Task Embedded_sub_process_runs_its_inner_flow_and_then_continues()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("sub_basic", $"""
            {Start()}
            {SubProcess("sub", $"""
                {Start("subStart")}{Bpmn.UserTask("inner")}{End("subEnd")}
                {Bpmn.Chain("subStart", "inner", "subEnd")}
                """)}
            {Manual("after")}
            {End()}
            {Bpmn.Chain("start", "sub", "after", "end")}
            """));

        var key = await h.StartAsync("sub_basic");
        var waiting = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", waiting.State);
        Assert.Contains("sub", waiting.ActiveElementIds);
        Assert.Contains("inner", waiting.ActiveElementIds);

        await h.CompleteTaskAsync(key, "inner", new { note = "done" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("done", instance.Variables["note"]!.GetValue<string>());
        Assert.Equal(["start", "subStart", "inner", "subEnd", "sub", "after", "end"], await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Nested_sub_processes_complete_inside_out()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("sub_nested", $"""
            {Start()}
            {SubProcess("outer", $"""
                {Start("outerStart")}
                {SubProcess("inner", $"""
                    {Start("innerStart")}{Script("deep", "=level + 1", "level")}{End("innerEnd")}
                    {Bpmn.Chain("innerStart", "deep", "innerEnd")}
                    """)}
                {End("outerEnd")}
                {Bpmn.Chain("outerStart", "inner", "outerEnd")}
                """)}
            {End()}
            {Bpmn.Chain("start", "outer", "end")}
            """));

        var key = await h.StartAsync("sub_nested", new { level = 1 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(2m, instance.Variables.Number("level"));
        Assert.Equal(["start", "outerStart", "innerStart", "deep", "innerEnd", "inner", "outerEnd", "outer", "end"],
            await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Sub_process_input_mappings_stay_local_and_output_mappings_reach_the_process()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("sub_io", $"""
            {Start()}
            {SubProcess("sub", $"""
                {Start("subStart")}{Script("work", "=localTotal + price", "localTotal")}{Bpmn.UserTask("check")}{End("subEnd")}
                {Bpmn.Chain("subStart", "work", "check", "subEnd")}
                """, Io(Input("=base * 2", "localTotal"), Output("=localTotal", "total")))}
            {End()}
            {Bpmn.Chain("start", "sub", "end")}
            """));

        var key = await h.StartAsync("sub_io", new { @base = 10, price = 5 });

        var waiting = await h.InstanceAsync(key);
        Assert.False(waiting.Variables.ContainsKey("localTotal"));
        Assert.False(waiting.Variables.ContainsKey("total"));
        var local = (await h.EventsAsync(key, "VARIABLE_SET")).Where(e => e.Name == "localTotal").Select(e => e.Value.Json()).ToList();
        Assert.Equal(["20", "25"], local);

        await h.CompleteTaskAsync(key, "check");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(25m, instance.Variables.Number("total"));
        Assert.False(instance.Variables.ContainsKey("localTotal"));
        Assert.Equal(["base", "price", "total"], instance.Variables.Select(v => v.Key).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Parallel_branches_inside_a_sub_process_must_all_finish_before_it_completes()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("sub_parallel", $"""
            {Start()}
            {SubProcess("sub", $"""
                {Start("subStart")}{Gateway("parallel", "fork")}{Bpmn.UserTask("a")}{Manual("b")}{End("endA")}{End("endB")}
                {Bpmn.Flow("s0", "subStart", "fork")}{Bpmn.Flow("s1", "fork", "a")}{Bpmn.Flow("s2", "fork", "b")}
                {Bpmn.Flow("s3", "a", "endA")}{Bpmn.Flow("s4", "b", "endB")}
                """)}
            {End()}
            {Bpmn.Chain("start", "sub", "end")}
            """));

        var key = await h.StartAsync("sub_parallel");
        Assert.Equal(0, await h.CountAsync(key, "sub", "COMPLETED"));
        Assert.Equal(1, await h.CountAsync(key, "endB", "COMPLETED"));

        await h.CompleteTaskAsync(key, "a");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(1, await h.CountAsync(key, "sub", "COMPLETED"));
    }
}

public sealed class SubProcessSqliteTests() : SubProcessTests(DatabaseProvider.Sqlite);
public sealed class SubProcessPostgresTests() : SubProcessTests(DatabaseProvider.Postgres);
