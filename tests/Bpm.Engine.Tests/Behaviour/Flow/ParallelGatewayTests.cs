using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

public abstract class ParallelGatewayTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Fork_and_join_run_every_branch_and_join_once()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("and_basic", $"""
            {Start()}
            {Gateway("parallel", "fork")}
            {Manual("a")}{Manual("b")}{Manual("c")}
            {Gateway("parallel", "join")}
            {End()}
            {Bpmn.Flow("f0", "start", "fork")}
            {Bpmn.Flow("f1", "fork", "a")}{Bpmn.Flow("f2", "fork", "b")}{Bpmn.Flow("f3", "fork", "c")}
            {Bpmn.Flow("j1", "a", "join")}{Bpmn.Flow("j2", "b", "join")}{Bpmn.Flow("j3", "c", "join")}
            {Bpmn.Flow("f4", "join", "end")}
            """));

        var key = await h.StartAsync("and_basic");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Empty(instance.ActiveElementIds);
        Assert.Equal(["start", "fork", "a", "b", "c", "join", "end"], await h.CompletedElementsAsync(key));
        Assert.Equal(1, await h.CountAsync(key, "join", "ACTIVATED"));
    }

    [Fact]
    public async Task Join_waits_for_a_branch_that_waits_at_a_user_task()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("and_wait", $"""
            {Start()}
            {Gateway("parallel", "fork")}
            {Bpmn.UserTask("review")}{Manual("quick")}
            {Gateway("parallel", "join")}
            {End()}
            {Bpmn.Flow("f0", "start", "fork")}
            {Bpmn.Flow("f1", "fork", "review")}{Bpmn.Flow("f2", "fork", "quick")}
            {Bpmn.Flow("j1", "review", "join")}{Bpmn.Flow("j2", "quick", "join")}
            {Bpmn.Flow("f3", "join", "end")}
            """));

        var key = await h.StartAsync("and_wait");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Contains("join", instance.ActiveElementIds);
        Assert.Contains("review", instance.ActiveElementIds);
        Assert.Equal(0, await h.CountAsync(key, "join", "COMPLETED"));
        Assert.Single(await h.OpenTasksAsync(key));

        await h.CompleteTaskAsync(key, "review");

        instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Empty(instance.ActiveElementIds);
        Assert.Equal(["start", "fork", "quick", "review", "join", "end"], await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Nested_fork_and_join_complete_in_both_levels()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("and_nested", $"""
            {Start()}
            {Gateway("parallel", "outerFork")}
            {Gateway("parallel", "innerFork")}
            {Bpmn.UserTask("x")}{Manual("y")}
            {Gateway("parallel", "innerJoin")}
            {Bpmn.UserTask("z")}
            {Gateway("parallel", "outerJoin")}
            {End()}
            {Bpmn.Flow("f0", "start", "outerFork")}
            {Bpmn.Flow("f1", "outerFork", "innerFork")}{Bpmn.Flow("f2", "outerFork", "z")}
            {Bpmn.Flow("f3", "innerFork", "x")}{Bpmn.Flow("f4", "innerFork", "y")}
            {Bpmn.Flow("f5", "x", "innerJoin")}{Bpmn.Flow("f6", "y", "innerJoin")}
            {Bpmn.Flow("f7", "innerJoin", "outerJoin")}{Bpmn.Flow("f8", "z", "outerJoin")}
            {Bpmn.Flow("f9", "outerJoin", "end")}
            """));

        var key = await h.StartAsync("and_nested");
        await h.CompleteTaskAsync(key, "z");
        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Contains("outerJoin", instance.ActiveElementIds);
        Assert.Contains("innerJoin", instance.ActiveElementIds);

        await h.CompleteTaskAsync(key, "x");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        var completed = await h.CompletedElementsAsync(key);
        Assert.Equal(["end", "innerFork", "innerJoin", "outerFork", "outerJoin", "start", "x", "y", "z"], completed.Order(StringComparer.Ordinal).ToArray());
        Assert.True(completed.IndexOf("innerJoin") < completed.IndexOf("outerJoin"));
    }

    /// <summary>One branch loops and delivers two tokens to the join before the other branch arrives: the join fires once
    /// when the other branch arrives (one token from each flow); the surplus token keeps waiting at the join.</summary>
    [Fact]
    public async Task Two_tokens_on_one_flow_do_not_fire_the_join_without_the_other_branch()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("and_loop", $"""
            {Start()}
            {Gateway("parallel", "fork")}
            {Script("inc", "=count + 1", "count")}
            {Manual("again")}
            {Bpmn.UserTask("other")}
            {Gateway("parallel", "join")}
            {End()}
            {Bpmn.Flow("f0", "start", "fork")}
            {Bpmn.Flow("f1", "fork", "inc")}{Bpmn.Flow("f2", "fork", "other")}
            {Bpmn.Flow("toJoin", "inc", "join")}
            {Bpmn.Flow("loop", "inc", "again", "=count < 2")}
            {Bpmn.Flow("back", "again", "inc")}
            {Bpmn.Flow("otherToJoin", "other", "join")}
            {Bpmn.Flow("f3", "join", "end")}
            """));

        var key = await h.StartAsync("and_loop", new { count = 0 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal(2m, instance.Variables.Number("count"));
        Assert.Equal(2, await h.CountAsync(key, "inc", "COMPLETED"));
        Assert.Equal(0, await h.CountAsync(key, "join", "ACTIVATED"));
        Assert.Contains("join", instance.ActiveElementIds);

        await h.CompleteTaskAsync(key, "other");

        instance = await h.InstanceAsync(key);
        Assert.Equal(1, await h.CountAsync(key, "join", "COMPLETED"));
        Assert.Equal(1, await h.CountAsync(key, "end", "COMPLETED"));
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal(["join"], instance.ActiveElementIds);
    }

    [Fact]
    public async Task Fork_without_join_completes_when_every_branch_ends()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("and_open", $"""
            {Start()}
            {Gateway("parallel", "fork")}
            {Bpmn.UserTask("a")}{Manual("b")}
            {End("endA")}{End("endB")}
            {Bpmn.Flow("f0", "start", "fork")}
            {Bpmn.Flow("f1", "fork", "a")}{Bpmn.Flow("f2", "fork", "b")}
            {Bpmn.Flow("f3", "a", "endA")}{Bpmn.Flow("f4", "b", "endB")}
            """));

        var key = await h.StartAsync("and_open");
        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        Assert.Equal(1, await h.CountAsync(key, "endB", "COMPLETED"));

        await h.CompleteTaskAsync(key, "a");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "fork", "b", "endB", "a", "endA"], await h.CompletedElementsAsync(key));
    }
}

public sealed class ParallelGatewaySqliteTests() : ParallelGatewayTests(DatabaseProvider.Sqlite);
public sealed class ParallelGatewayPostgresTests() : ParallelGatewayTests(DatabaseProvider.Postgres);
