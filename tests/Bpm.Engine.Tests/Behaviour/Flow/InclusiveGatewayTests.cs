using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

public abstract class InclusiveGatewayTests(DatabaseProvider provider)
{
    /// <summary>split -> a (x &gt; 1), b (x &gt; 5), c (x &gt; 100), default d -> join -> end. Task kinds are chosen per test.</summary>
    private static string ThreeBranches(string id, string a, string b, string c) => Bpmn.Process(id, $"""
        {Start()}
        {Gateway("inclusive", "split", defaultFlow: "toD")}
        {a}{b}{c}{Manual("d")}
        {Gateway("inclusive", "join")}
        {End()}
        {Bpmn.Flow("f0", "start", "split")}
        {Bpmn.Flow("toA", "split", "a", "=x > 1")}
        {Bpmn.Flow("toB", "split", "b", "=x > 5")}
        {Bpmn.Flow("toC", "split", "c", "=x > 100")}
        {Bpmn.Flow("toD", "split", "d")}
        {Bpmn.Flow("ja", "a", "join")}{Bpmn.Flow("jb", "b", "join")}{Bpmn.Flow("jc", "c", "join")}{Bpmn.Flow("jd", "d", "join")}
        {Bpmn.Flow("f1", "join", "end")}
        """);

    [Fact]
    public async Task Split_takes_every_true_condition_and_join_fires_once_without_waiting_for_untaken_branches()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(ThreeBranches("or_partial", Manual("a"), Manual("b"), Manual("c")));

        var key = await h.StartAsync("or_partial", new { x = 10 });

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["a", "b", "end", "join", "split", "start"], await h.CompletedSortedAsync(key));
        Assert.Equal(1, await h.CountAsync(key, "join", "ACTIVATED"));
    }

    [Fact]
    public async Task Split_takes_the_default_flow_when_no_condition_is_true()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(ThreeBranches("or_default", Manual("a"), Manual("b"), Manual("c")));

        var key = await h.StartAsync("or_default", new { x = 0 });

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "split", "d", "join", "end"], await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Split_without_true_condition_or_default_raises_a_condition_incident()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("or_stuck", $"""
            {Start()}
            {Gateway("inclusive", "split")}
            {End("endA")}{End("endB")}
            {Bpmn.Flow("f0", "start", "split")}
            {Bpmn.Flow("toA", "split", "endA", "=x = 1")}
            {Bpmn.Flow("toB", "split", "endB", "=x = 2")}
            """));

        var key = await h.StartAsync("or_stuck", new { x = 3 });

        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal("CONDITION_ERROR", incident.ErrorType);
        Assert.Equal("split", incident.ElementId);
    }

    [Fact]
    public async Task Join_waits_for_a_taken_branch_that_waits_at_a_user_task()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(ThreeBranches("or_wait", Bpmn.UserTask("a"), Manual("b"), Manual("c")));

        var key = await h.StartAsync("or_wait", new { x = 10 });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Contains("join", instance.ActiveElementIds);
        Assert.Equal(0, await h.CountAsync(key, "join", "ACTIVATED"));

        await h.CompleteTaskAsync(key, "a");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(1, await h.CountAsync(key, "join", "COMPLETED"));
        Assert.Equal(["start", "split", "b", "a", "join", "end"], await h.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task Join_after_two_of_three_user_tasks_fires_once_when_both_are_done()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(ThreeBranches("or_two_tasks", Bpmn.UserTask("a"), Bpmn.UserTask("b"), Bpmn.UserTask("c")));

        var key = await h.StartAsync("or_two_tasks", new { x = 10 });
        Assert.Equal(["a", "b"], (await h.OpenTasksAsync(key)).Select(t => t.ElementId).Order().ToArray());

        await h.CompleteTaskAsync(key, "b");
        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        Assert.Equal(0, await h.CountAsync(key, "join", "ACTIVATED"));

        await h.CompleteTaskAsync(key, "a");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(1, await h.CountAsync(key, "join", "ACTIVATED"));
        Assert.Equal(1, await h.CountAsync(key, "end", "COMPLETED"));
        Assert.Equal(0, await h.CountAsync(key, "c", "ACTIVATED"));
    }

    /// <summary>A taken branch loops back before the join (review rejected -> rework -> review): the join must keep
    /// waiting while the looping token can still reach it, and fire exactly once when it arrives.</summary>
    [Fact]
    public async Task Join_waits_for_a_branch_that_loops_before_the_join()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("or_loop_branch", $"""
            {Start()}
            {Gateway("inclusive", "split")}
            {Manual("fast")}
            {Manual("rework")}
            {Bpmn.UserTask("review")}
            {Gateway("exclusive", "decide", defaultFlow: "rejected")}
            {Gateway("inclusive", "join")}
            {End()}
            {Bpmn.Flow("f0", "start", "split")}
            {Bpmn.Flow("toFast", "split", "fast", "=true")}
            {Bpmn.Flow("toRework", "split", "rework", "=true")}
            {Bpmn.Flow("f1", "rework", "review")}
            {Bpmn.Flow("f2", "review", "decide")}
            {Bpmn.Flow("approved", "decide", "join", "=approved = true")}
            {Bpmn.Flow("rejected", "decide", "rework")}
            {Bpmn.Flow("f3", "fast", "join")}
            {Bpmn.Flow("f4", "join", "end")}
            """));

        var key = await h.StartAsync("or_loop_branch");
        await h.CompleteTaskAsync(key, "review", new { approved = false });

        var instance = await h.InstanceAsync(key);
        Assert.Equal("ACTIVE", instance.State);
        Assert.Equal(0, await h.CountAsync(key, "join", "ACTIVATED"));
        Assert.Equal(2, await h.CountAsync(key, "rework", "COMPLETED"));
        Assert.Single(await h.OpenTasksAsync(key));

        await h.CompleteTaskAsync(key, "review", new { approved = true });

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(1, await h.CountAsync(key, "join", "ACTIVATED"));
        Assert.Equal(1, await h.CountAsync(key, "end", "COMPLETED"));
    }

    /// <summary>The whole split/join sits in a loop: every round activates the join exactly once.</summary>
    [Fact]
    public async Task Join_inside_a_loop_fires_exactly_once_per_round()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("or_loop_round", $"""
            {Start()}
            {Gateway("exclusive", "merge")}
            {Script("inc", "=round + 1", "round")}
            {Gateway("inclusive", "split")}
            {Bpmn.UserTask("a")}{Manual("b")}{Manual("c")}
            {Gateway("inclusive", "join")}
            {Gateway("exclusive", "more", defaultFlow: "done")}
            {End()}
            {Bpmn.Flow("f0", "start", "merge")}
            {Bpmn.Flow("f1", "merge", "inc")}
            {Bpmn.Flow("f2", "inc", "split")}
            {Bpmn.Flow("toA", "split", "a", "=true")}
            {Bpmn.Flow("toB", "split", "b", "=round = 1")}
            {Bpmn.Flow("toC", "split", "c", "=round = 2")}
            {Bpmn.Flow("ja", "a", "join")}{Bpmn.Flow("jb", "b", "join")}{Bpmn.Flow("jc", "c", "join")}
            {Bpmn.Flow("f3", "join", "more")}
            {Bpmn.Flow("again", "more", "merge", "=round < 2")}
            {Bpmn.Flow("done", "more", "end")}
            """));

        var key = await h.StartAsync("or_loop_round", new { round = 0 });
        Assert.Equal(0, await h.CountAsync(key, "join", "ACTIVATED"));
        await h.CompleteTaskAsync(key, "a");
        Assert.Equal(1, await h.CountAsync(key, "join", "COMPLETED"));
        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);
        Assert.Equal(1, await h.CountAsync(key, "join", "ACTIVATED"));

        await h.CompleteTaskAsync(key, "a");

        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(2m, instance.Variables.Number("round"));
        Assert.Equal(2, await h.CountAsync(key, "join", "ACTIVATED"));
        Assert.Equal(2, await h.CountAsync(key, "join", "COMPLETED"));
        Assert.Equal(1, await h.CountAsync(key, "b", "COMPLETED"));
        Assert.Equal(1, await h.CountAsync(key, "c", "COMPLETED"));
        Assert.Equal(1, await h.CountAsync(key, "end", "COMPLETED"));
    }

    /// <summary>A parallel fork sends one token straight to a user task outside the inclusive split: the join must not
    /// fire while that token (which can reach the join) still waits.</summary>
    [Fact]
    public async Task Join_waits_for_a_token_that_entered_from_outside_the_split()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("or_outside", $"""
            {Start()}
            {Gateway("parallel", "fork")}
            {Gateway("inclusive", "split")}
            {Manual("a")}
            {Bpmn.UserTask("late")}
            {Gateway("inclusive", "join")}
            {End()}
            {Bpmn.Flow("f0", "start", "fork")}
            {Bpmn.Flow("f1", "fork", "split")}{Bpmn.Flow("f2", "fork", "late")}
            {Bpmn.Flow("toA", "split", "a", "=true")}
            {Bpmn.Flow("ja", "a", "join")}
            {Bpmn.Flow("jl", "late", "join")}
            {Bpmn.Flow("f3", "join", "end")}
            """));

        var key = await h.StartAsync("or_outside");
        Assert.Equal(0, await h.CountAsync(key, "join", "ACTIVATED"));
        Assert.Equal("ACTIVE", (await h.InstanceAsync(key)).State);

        await h.CompleteTaskAsync(key, "late");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(1, await h.CountAsync(key, "join", "ACTIVATED"));
        Assert.Equal(1, await h.CountAsync(key, "end", "COMPLETED"));
    }

    /// <summary>Every incoming flow of the join already holds a token, so (BPMN 2.0 and Zeebe) the join fires at once, even
    /// though a token elsewhere (a waiting user task that loops back to the split) could still reach it.</summary>
    [Fact]
    public async Task Join_fires_when_every_incoming_flow_has_a_token_even_if_another_token_could_still_reach_it()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Bpmn.Process("or_all_taken", $"""
            {Start()}
            {Gateway("parallel", "fork")}
            {Gateway("exclusive", "merge")}
            {Gateway("inclusive", "split")}
            {Manual("a")}{Manual("b")}
            {Gateway("inclusive", "join")}
            {End("endJ")}
            {Bpmn.UserTask("w")}
            {Bpmn.Flow("f0", "start", "fork")}
            {Bpmn.Flow("f1", "fork", "merge")}{Bpmn.Flow("f2", "fork", "w")}
            {Bpmn.Flow("f3", "w", "merge")}
            {Bpmn.Flow("f4", "merge", "split")}
            {Bpmn.Flow("toA", "split", "a", "=true")}{Bpmn.Flow("toB", "split", "b", "=true")}
            {Bpmn.Flow("ja", "a", "join")}{Bpmn.Flow("jb", "b", "join")}
            {Bpmn.Flow("f5", "join", "endJ")}
            """));

        var key = await h.StartAsync("or_all_taken");

        Assert.Equal(1, await h.CountAsync(key, "join", "COMPLETED"));
        Assert.Equal(1, await h.CountAsync(key, "endJ", "COMPLETED"));
        Assert.Equal(["w"], (await h.InstanceAsync(key)).ActiveElementIds);

        await h.CompleteTaskAsync(key, "w");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(2, await h.CountAsync(key, "join", "COMPLETED"));
    }
}

public sealed class InclusiveGatewaySqliteTests() : InclusiveGatewayTests(DatabaseProvider.Sqlite);
public sealed class InclusiveGatewayPostgresTests() : InclusiveGatewayTests(DatabaseProvider.Postgres);
