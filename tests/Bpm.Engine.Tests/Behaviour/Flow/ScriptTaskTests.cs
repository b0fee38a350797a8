using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

public abstract class ScriptTaskTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Result_variable_holds_the_FEEL_result()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("script_result", $"""
            {Start()}
            {Script("calc", "={sum: a + b, items: [a, b], label: \"n=\" + string(a)}", "result")}
            {Script("upper", "=upper case(name)", "shout")}
            {End()}
            {Bpmn.Chain("start", "calc", "upper", "end")}
            """));

        var key = await h.StartAsync("script_result", new { a = 2, b = 3, name = "ann" });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal("""{"sum":5,"items":[2,3],"label":"n=2"}""", instance.Variables["result"].Json());
        Assert.Equal("ANN", instance.Variables["shout"]!.GetValue<string>());
        Assert.Equal(["start", "calc", "upper", "end"], await h.CompletedElementsAsync(key));
        var set = (await h.EventsAsync(key, "VARIABLE_SET")).Select(e => e.Name).ToList();
        Assert.Contains("result", set);
        Assert.Contains("shout", set);
    }

    [Fact]
    public async Task Result_variable_with_output_mapping_stays_local_and_only_the_mapping_reaches_the_process()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("script_mapped", $"""
            {Start()}
            {Script("calc", "=a * 10", "tmp", Io(Output("=tmp + 1", "final")))}
            {End()}
            {Bpmn.Chain("start", "calc", "end")}
            """));

        var key = await h.StartAsync("script_mapped", new { a = 4 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(41m, instance.Variables.Number("final"));
        Assert.False(instance.Variables.ContainsKey("tmp"));
    }

    [Fact]
    public async Task Expression_failure_raises_an_incident_on_the_script_task_and_recurs_on_resolve()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("script_broken", $"""
            {Start()}
            {Script("broken", "=frobnicate(a)", "out")}
            {End()}
            {Bpmn.Chain("start", "broken", "end")}
            """));

        var key = await h.StartAsync("script_broken", new { a = 1 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal(["broken"], instance.ActiveElementIds);
        Assert.False(instance.Variables.ContainsKey("out"));
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("EXTRACT_VALUE_ERROR", incident.ErrorType);
        Assert.Equal("broken", incident.ElementId);
        Assert.Contains("frobnicate", incident.ErrorMessage);
        var created = Assert.Single(await h.EventsAsync(key, "INCIDENT_CREATED"));
        Assert.Equal("broken", created.ElementId);
        Assert.Equal("EXTRACT_VALUE_ERROR", created.Name);

        await h.ResolveAsync(incident);

        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        var again = Assert.Single(await h.IncidentsAsync(key));
        Assert.NotEqual(incident.IncidentKey, again.IncidentKey);
        Assert.Equal("broken", again.ElementId);
        Assert.Equal(2, (await h.IncidentsAsync(key, state: null)).Count);
        Assert.Equal(["start"], await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Missing_variable_evaluates_to_null_rather_than_failing()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("script_null", $"""
            {Start()}
            {Script("calc", "=missing", "out")}
            {End()}
            {Bpmn.Chain("start", "calc", "end")}
            """));

        var key = await h.StartAsync("script_null");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.True(instance.Variables.ContainsKey("out"));
        Assert.Null(instance.Variables["out"]);
    }

    [Fact]
    public async Task Resolving_after_the_input_was_fixed_completes_the_script()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("script_fixed", $"""
            {Start()}
            {Gateway("parallel", "fork")}
            {Bpmn.UserTask("fix")}{End("fixEnd")}
            {Script("calc", "=if ready then 42 else frobnicate()", "answer")}
            {End()}
            {Bpmn.Flow("f0", "start", "fork")}
            {Bpmn.Flow("f1", "fork", "calc")}{Bpmn.Flow("f2", "fork", "fix")}{Bpmn.Flow("f3", "fix", "fixEnd")}
            {Bpmn.Flow("f4", "calc", "end")}
            """));
        var key = await h.StartAsync("script_fixed", new { ready = false });
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("calc", incident.ElementId);
        await h.CompleteTaskAsync(key, "fix", new { ready = true });

        await h.ResolveAsync(incident);

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(42m, instance.Variables.Number("answer"));
        Assert.Empty(await h.IncidentsAsync(key));
        Assert.Equal(1, await h.CountAsync(key, "calc", "ACTIVATED"));
        Assert.Equal(1, await h.CountAsync(key, "calc", "COMPLETED"));
    }
}

public sealed class ScriptTaskSqliteTests() : ScriptTaskTests(DatabaseProvider.Sqlite);
public sealed class ScriptTaskPostgresTests() : ScriptTaskTests(DatabaseProvider.Postgres);
