using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

public abstract class VariableTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Start_variables_are_process_variables_recorded_in_history()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("var_start", $"""
            {Start()}{Bpmn.UserTask("wait")}{End()}
            {Bpmn.Chain("start", "wait", "end")}
            """));

        var key = await h.StartAsync("var_start", new { name = "ann", amount = 12.5, tags = new[] { "a" }, nested = new { deep = true } });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ann", instance.Variables["name"]!.GetValue<string>());
        Assert.Equal(12.5m, instance.Variables.Number("amount"));
        Assert.Equal("""["a"]""", instance.Variables["tags"].Json());
        Assert.Equal("""{"deep":true}""", instance.Variables["nested"].Json());
        var set = await h.EventsAsync(key, "VARIABLE_SET");
        Assert.Equal(["amount", "name", "nested", "tags"], set.Select(e => e.Name!).Order(StringComparer.Ordinal).ToArray());
        Assert.All(set, e => Assert.Equal(key.ToString(), e.ScopeKey));
    }

    /// <summary>Issue 13: a value a task submits and its output mapping copies to the process is one fact, journalled once
    /// (where it ends up); a different value written later in the step is a second entry.</summary>
    [Fact]
    public async Task A_value_copied_out_by_an_output_mapping_is_one_VARIABLE_SET_entry()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("var_once", $"""
            {Start()}
            {Bpmn.UserTask("review", Io(Output("=opinion", "opinion"), Output("=opinion + \"（已审）\"", "summary")))}
            {Script("recount", "=summary", "summary")}
            {Script("stamp", "=\"第二稿\"", "summary")}
            {End()}
            {Bpmn.Chain("start", "review", "recount", "stamp", "end")}
            """));
        var key = await h.StartAsync("var_once");

        await h.CompleteTaskAsync(key, "review", new { opinion = "同意立案" });

        var set = await h.EventsAsync(key, "VARIABLE_SET");
        var opinion = Assert.Single(set, e => e.Name == "opinion");
        Assert.Equal("同意立案", opinion.Value!.GetValue<string>());
        Assert.Equal(key.ToString(), opinion.ScopeKey);
        // summary: set by the output mapping, written again unchanged by recount (one fact), then changed by stamp.
        Assert.Equal(["同意立案（已审）", "第二稿"], set.Where(e => e.Name == "summary").Select(e => e.Value!.GetValue<string>()).ToArray());
    }

    [Fact]
    public async Task Input_mappings_create_locals_that_do_not_leak_to_the_process()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("var_input", $"""
            {Start()}
            {Service("log", "bpm:log", Io(Input("=\"hello \" + name", "greeting"), Input("=greeting + \"!\"", "message")))}
            {End()}
            {Bpmn.Chain("start", "log", "end")}
            """));

        var key = await h.StartAsync("var_input", new { name = "ann" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(["name"], instance.Variables.Select(v => v.Key).ToArray());
        var log = Assert.Single(await h.EventsAsync(key, "LOG"));
        Assert.Equal("hello ann!", log.Value!.GetValue<string>());
        var locals = (await h.EventsAsync(key, "VARIABLE_SET")).Where(e => e.Name is "greeting" or "message").ToList();
        Assert.Equal(2, locals.Count);
        Assert.All(locals, e => Assert.NotEqual(key.ToString(), e.ScopeKey));
    }

    [Fact]
    public async Task Input_mapping_shadows_a_process_variable_without_changing_it()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("var_shadow", $"""
            {Start()}
            {Script("calc", "=amount * 2", "doubled", Io(Input("=100", "amount")))}
            {End()}
            {Bpmn.Chain("start", "calc", "end")}
            """));

        var key = await h.StartAsync("var_shadow", new { amount = 1 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal(1m, instance.Variables.Number("amount"));
        Assert.Equal(200m, instance.Variables.Number("doubled"));
    }

    [Fact]
    public async Task Output_mapping_with_a_dotted_target_updates_a_copy_of_the_context()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("var_dotted", $"""
            {Start()}
            {Script("calc", "=order.qty * 3", "r", Io(Output("=r", "order.total"), Output("=\"x\"", "meta.tags.first")))}
            {End()}
            {Bpmn.Chain("start", "calc", "end")}
            """));

        var key = await h.StartAsync("var_dotted", new { order = new { id = 9, qty = 2 } });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("""{"id":9,"qty":2,"total":6}""", instance.Variables["order"].Json());
        Assert.Equal("""{"tags":{"first":"x"}}""", instance.Variables["meta"].Json());
        Assert.False(instance.Variables.ContainsKey("r"));
    }

    [Fact]
    public async Task Output_mapping_sets_a_variable_that_exists_in_the_enclosing_sub_process()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("var_enclosing", $"""
            {Start()}
            {SubProcess("sub", $"""
                {Start("subStart")}
                {Script("inner", "=7", "r", Io(Output("=r", "found"), Output("=r + 1", "fresh")))}
                {End("subEnd")}
                {Bpmn.Chain("subStart", "inner", "subEnd")}
                """, Io(Input("=0", "found"), Output("=found", "result")))}
            {End()}
            {Bpmn.Chain("start", "sub", "end")}
            """));

        var key = await h.StartAsync("var_enclosing");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(7m, instance.Variables.Number("result"));
        Assert.Equal(8m, instance.Variables.Number("fresh"));
        Assert.False(instance.Variables.ContainsKey("found"));
        Assert.False(instance.Variables.ContainsKey("r"));
    }

    [Fact]
    public async Task Completion_variables_update_the_nearest_existing_variable_outwards()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("var_propagate", $"""
            {Start()}
            {SubProcess("sub", $"""
                {Start("subStart")}{Bpmn.UserTask("fill")}{End("subEnd")}
                {Bpmn.Chain("subStart", "fill", "subEnd")}
                """, Io(Input("=\"draft\"", "status"), Output("=status", "finalStatus")))}
            {End()}
            {Bpmn.Chain("start", "sub", "end")}
            """));

        var key = await h.StartAsync("var_propagate", new { status = "new" });
        await h.CompleteTaskAsync(key, "fill", new { status = "approved", comment = "fine" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("new", instance.Variables["status"]!.GetValue<string>());
        Assert.Equal("approved", instance.Variables["finalStatus"]!.GetValue<string>());
        Assert.Equal("fine", instance.Variables["comment"]!.GetValue<string>());
    }

    [Fact]
    public async Task User_task_completion_variables_reach_the_process_and_overwrite_existing_ones()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("var_task", $"""
            {Start()}{Bpmn.UserTask("form")}{Script("after", "=decision + \"/\" + string(score)", "summary")}{End()}
            {Bpmn.Chain("start", "form", "after", "end")}
            """));

        var key = await h.StartAsync("var_task", new { decision = "none", score = 0 });
        await h.CompleteTaskAsync(key, "form", new { decision = "yes", score = 3, extra = new { a = 1 } });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("yes", instance.Variables["decision"]!.GetValue<string>());
        Assert.Equal("yes/3", instance.Variables["summary"]!.GetValue<string>());
        Assert.Equal("""{"a":1}""", instance.Variables["extra"].Json());
    }

    [Fact]
    public async Task User_task_with_output_mappings_keeps_completion_variables_local()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("var_task_out", $"""
            {Start()}{User("form", Io(Output("=decision = \"yes\"", "approved")))}{End()}
            {Bpmn.Chain("start", "form", "end")}
            """));

        var key = await h.StartAsync("var_task_out");
        await h.CompleteTaskAsync(key, "form", new { decision = "yes", note = "x" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.True(instance.Variables["approved"]!.GetValue<bool>());
        Assert.False(instance.Variables.ContainsKey("decision"));
        Assert.False(instance.Variables.ContainsKey("note"));
    }

    [Fact]
    public async Task Failing_input_mapping_raises_an_io_mapping_incident()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("var_io_fail", $"""
            {Start()}{User("form", Io(Input("=nope(1)", "x")))}{End()}
            {Bpmn.Chain("start", "form", "end")}
            """));

        var key = await h.StartAsync("var_io_fail");

        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        Assert.Empty(await h.TasksAsync(key, null));
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("IO_MAPPING_ERROR", incident.ErrorType);
        Assert.Equal("form", incident.ElementId);
    }
}

public sealed class VariableSqliteTests() : VariableTests(DatabaseProvider.Sqlite);
public sealed class VariablePostgresTests() : VariableTests(DatabaseProvider.Postgres);
