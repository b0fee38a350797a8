using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

public abstract class ExclusiveGatewayTests(DatabaseProvider provider)
{
    private static string Decision(string id) => Bpmn.Process(id, $"""
        {Start()}
        {Gateway("exclusive", "gw", defaultFlow: "toC")}
        {Manual("a")}{Manual("b")}{Manual("c")}
        {End("endA")}{End("endB")}{End("endC")}
        {Bpmn.Flow("f0", "start", "gw")}
        {Bpmn.Flow("toB", "gw", "b", "=x > 5")}
        {Bpmn.Flow("toA", "gw", "a", "=x > 1")}
        {Bpmn.Flow("toC", "gw", "c")}
        {Bpmn.Flow("fa", "a", "endA")}{Bpmn.Flow("fb", "b", "endB")}{Bpmn.Flow("fc", "c", "endC")}
        """);

    [Fact]
    public async Task First_true_condition_in_document_order_wins()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Decision("xor_first"));

        var both = await h.StartAsync("xor_first", new { x = 10 });
        var onlyA = await h.StartAsync("xor_first", new { x = 3 });

        Assert.Equal("COMPLETED", (await h.InstanceAsync(both)).State);
        Assert.Equal(["start", "gw", "b", "endB"], await h.CompletedElementsAsync(both));
        Assert.Equal(["start", "gw", "a", "endA"], await h.CompletedElementsAsync(onlyA));
    }

    [Fact]
    public async Task Default_flow_is_taken_when_no_condition_is_true()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Decision("xor_default"));

        var key = await h.StartAsync("xor_default", new { x = 0 });
        var missing = await h.StartAsync("xor_default");

        Assert.Equal(["start", "gw", "c", "endC"], await h.CompletedElementsAsync(key));
        Assert.Equal(["start", "gw", "c", "endC"], await h.CompletedElementsAsync(missing));
        Assert.Equal("COMPLETED", (await h.InstanceAsync(missing)).State);
    }

    [Fact]
    public async Task No_true_condition_and_no_default_raises_a_condition_incident_that_recurs_on_resolve()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("xor_stuck", $"""
            {Start()}
            {Gateway("exclusive", "gw")}
            {End("endA")}{End("endB")}
            {Bpmn.Flow("f0", "start", "gw")}
            {Bpmn.Flow("toA", "gw", "endA", "=x = 1")}
            {Bpmn.Flow("toB", "gw", "endB", "=x = 2")}
            """));

        var key = await h.StartAsync("xor_stuck", new { x = 3 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Contains("gw", instance.ActiveElementIds);
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("CONDITION_ERROR", incident.ErrorType);
        Assert.Equal("gw", incident.ElementId);
        Assert.Contains("gw", incident.ErrorMessage);
        Assert.Equal(["start"], await h.CompletedElementsAsync(key));

        await h.ResolveAsync(incident);

        instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        var again = Assert.Single(await h.IncidentsAsync(key));
        Assert.NotEqual(incident.IncidentKey, again.IncidentKey);
        Assert.Equal("CONDITION_ERROR", again.ErrorType);
        Assert.Equal("gw", again.ElementId);
        var all = await h.IncidentsAsync(key, state: null);
        Assert.Equal(2, all.Count);
        Assert.Equal("RESOLVED", all.Single(i => i.IncidentKey == incident.IncidentKey).State);
        Assert.Equal(2, (await h.EventsAsync(key, "INCIDENT_CREATED")).Count);
        Assert.Single(await h.EventsAsync(key, "INCIDENT_RESOLVED"));
        Assert.Equal(["start"], await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task A_condition_that_fails_to_evaluate_raises_a_condition_incident_naming_the_flow()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("xor_broken", $"""
            {Start()}
            {Gateway("exclusive", "gw", defaultFlow: "toB")}
            {End("endA")}{End("endB")}
            {Bpmn.Flow("f0", "start", "gw")}
            {Bpmn.Flow("toA", "gw", "endA", "=noSuchFunction(x)")}
            {Bpmn.Flow("toB", "gw", "endB")}
            """));

        var key = await h.StartAsync("xor_broken", new { x = 3 });

        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("CONDITION_ERROR", incident.ErrorType);
        Assert.Equal("gw", incident.ElementId);
        Assert.Contains("toA", incident.ErrorMessage);
    }

    [Fact]
    public async Task Exclusive_gateway_as_a_merge_passes_each_token_on()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("xor_merge", $"""
            {Start()}
            {Gateway("parallel", "fork")}
            {Manual("a")}{Manual("b")}
            {Gateway("exclusive", "merge")}
            {Manual("after")}
            {End()}
            {Bpmn.Flow("f0", "start", "fork")}
            {Bpmn.Flow("f1", "fork", "a")}{Bpmn.Flow("f2", "fork", "b")}
            {Bpmn.Flow("f3", "a", "merge")}{Bpmn.Flow("f4", "b", "merge")}
            {Bpmn.Flow("f5", "merge", "after")}{Bpmn.Flow("f6", "after", "end")}
            """));

        var key = await h.StartAsync("xor_merge");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["a", "after", "after", "b", "end", "end", "fork", "merge", "merge", "start"], await h.CompletedSortedAsync(key));
    }

    [Fact]
    public async Task Merge_passes_a_token_on_before_the_other_branch_arrives()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("xor_merge_wait", $"""
            {Start()}
            {Gateway("parallel", "fork")}
            {Bpmn.UserTask("wait")}{Manual("b")}
            {Gateway("exclusive", "merge")}
            {Bpmn.UserTask("after")}
            {End()}
            {Bpmn.Flow("f0", "start", "fork")}
            {Bpmn.Flow("f1", "fork", "wait")}{Bpmn.Flow("f2", "fork", "b")}
            {Bpmn.Flow("f3", "wait", "merge")}{Bpmn.Flow("f4", "b", "merge")}
            {Bpmn.Flow("f5", "merge", "after")}{Bpmn.Flow("f6", "after", "end")}
            """));

        var key = await h.StartAsync("xor_merge_wait");

        var tasks = await h.OpenTasksAsync(key);
        Assert.Equal(["after", "wait"], tasks.Select(t => t.ElementId).Order().ToArray());
        await h.CompleteTaskAsync(key, "wait");
        Assert.Equal(2, (await h.OpenTasksAsync(key)).Count(t => t.ElementId == "after"));
        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        foreach (var task in await h.OpenTasksAsync(key))
            await h.Engine.CompleteUserTaskAsync(long.Parse(task.UserTaskKey), null, CancellationToken.None);

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(2, await h.CountAsync(key, "merge", "COMPLETED"));
        Assert.Equal(2, await h.CountAsync(key, "end", "COMPLETED"));
    }

    /// <summary>The variable the conditions read is fixed by a parallel user task; resolving the incident then re-runs
    /// the gateway, which now finds a true condition.</summary>
    [Fact]
    public async Task Resolving_after_the_variable_was_fixed_lets_the_gateway_continue()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("xor_fixed", $"""
            {Start()}
            {Gateway("parallel", "fork")}
            {Bpmn.UserTask("fix")}{End("fixEnd")}
            {Gateway("exclusive", "gw")}
            {End("endA")}{End("endB")}
            {Bpmn.Flow("f0", "start", "fork")}
            {Bpmn.Flow("f1", "fork", "gw")}{Bpmn.Flow("f2", "fork", "fix")}{Bpmn.Flow("f3", "fix", "fixEnd")}
            {Bpmn.Flow("toA", "gw", "endA", "=x = 1")}
            {Bpmn.Flow("toB", "gw", "endB", "=x = 2")}
            """));
        var key = await h.StartAsync("xor_fixed", new { x = 3 });
        var incident = Assert.Single(await h.IncidentsAsync(key));
        await h.CompleteTaskAsync(key, "fix", new { x = 2 });
        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);

        await h.ResolveAsync(incident);

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Empty(await h.IncidentsAsync(key));
        Assert.Equal(1, await h.CountAsync(key, "endB", "COMPLETED"));
        Assert.Equal(0, await h.CountAsync(key, "endA", "ACTIVATED"));
        Assert.Equal(1, await h.CountAsync(key, "gw", "COMPLETED"));
        Assert.Equal(1, await h.CountAsync(key, "gw", "ACTIVATED"));
    }
}

public sealed class ExclusiveGatewaySqliteTests() : ExclusiveGatewayTests(DatabaseProvider.Sqlite);
public sealed class ExclusiveGatewayPostgresTests() : ExclusiveGatewayTests(DatabaseProvider.Postgres);
