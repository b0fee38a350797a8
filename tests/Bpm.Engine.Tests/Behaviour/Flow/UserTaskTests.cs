using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Behaviour.Flow;

public abstract class UserTaskTests(DatabaseProvider provider)
{
    private static string OneTask(string id, string extensions) => Bpmn.Process(id, $"""
        {Start()}{User("task", extensions)}{End()}
        {Bpmn.Chain("start", "task", "end")}
        """);

    [Fact]
    public async Task Static_assignment_candidates_and_priority_are_stored_on_the_task()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(OneTask("ut_static",
            """<zeebe:assignmentDefinition assignee="anna" candidateGroups="sales, support" candidateUsers="bob" /><zeebe:priorityDefinition priority="80" />"""));

        var key = await h.StartAsync("ut_static");

        var task = Assert.Single(await h.OpenTasksAsync(key));
        Assert.Equal("task", task.ElementId);
        Assert.Equal("task", task.Name);
        Assert.Equal("CREATED", task.State);
        Assert.Equal("anna", task.Assignee);
        Assert.Equal(["sales", "support"], task.CandidateGroups);
        Assert.Equal(["bob"], task.CandidateUsers);
        Assert.Equal(80, task.Priority);
        Assert.Null(task.DueDate);
        Assert.Equal(h.Clock.GetUtcNow(), task.CreatedAt);
    }

    [Fact]
    public async Task FEEL_assignment_due_date_and_priority_are_evaluated()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(OneTask("ut_feel", $"""
            <zeebe:assignmentDefinition assignee="{Esc("=owner.name")}" candidateGroups="{Esc("=[\"g-\" + region, \"all\"]")}" />
            <zeebe:taskSchedule dueDate="{Esc("=now() + duration(\"P7D\")")}" followUpDate="{Esc("=now() + duration(\"PT2H\")")}" />
            <zeebe:priorityDefinition priority="=urgency * 10" />
            """));

        var key = await h.StartAsync("ut_feel", new { owner = new { name = "carl" }, region = "east", urgency = 9 });

        var task = Assert.Single(await h.OpenTasksAsync(key));
        Assert.Equal("carl", task.Assignee);
        Assert.Equal(["g-east", "all"], task.CandidateGroups);
        Assert.Empty(task.CandidateUsers);
        Assert.Equal(90, task.Priority);
        Assert.Equal(h.Clock.GetUtcNow() + TimeSpan.FromDays(7), task.DueDate);
        Assert.Equal(h.Clock.GetUtcNow() + TimeSpan.FromHours(2), task.FollowUpDate);
    }

    [Fact]
    public async Task Task_without_extensions_gets_default_priority()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(OneTask("ut_plain", ""));

        var key = await h.StartAsync("ut_plain");

        var task = Assert.Single(await h.OpenTasksAsync(key));
        Assert.Null(task.Assignee);
        Assert.Empty(task.CandidateGroups);
        Assert.Equal(50, task.Priority);
    }

    [Fact]
    public async Task Assignee_and_candidate_group_filters_find_the_task()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(OneTask("ut_filter", """<zeebe:assignmentDefinition assignee="dora" candidateGroups="ops,qa" />"""));
        var key = await h.StartAsync("ut_filter");

        async Task<int> CountAsync(string? assignee, string? group) =>
            (await h.Queries.ListUserTasksAsync(new Queries.UserTaskFilter(key.ToString(), "CREATED", assignee, group), CancellationToken.None)).Items.Count;

        Assert.Equal(1, await CountAsync("dora", null));
        Assert.Equal(0, await CountAsync("eve", null));
        Assert.Equal(1, await CountAsync(null, "qa"));
        Assert.Equal(0, await CountAsync(null, "sales"));
    }

    [Fact]
    public async Task Completing_a_task_twice_is_a_conflict_and_an_unknown_task_is_not_found()
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(OneTask("ut_twice", ""));
        var key = await h.StartAsync("ut_twice");
        var task = Assert.Single(await h.OpenTasksAsync(key));
        var taskKey = long.Parse(task.UserTaskKey);

        await h.Engine.CompleteUserTaskAsync(taskKey, null, CancellationToken.None);

        // The instance ended with the task, so the second completion meets a read-only case (issue 16).
        await Assert.ThrowsAsync<Bpm.Engine.Records.CaseArchivedException>(() => h.Engine.CompleteUserTaskAsync(taskKey, null, CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => h.Engine.CompleteUserTaskAsync(987654321, null, CancellationToken.None));
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        var completed = Assert.Single(await h.TasksAsync(key, "COMPLETED"));
        Assert.Equal(h.Clock.GetUtcNow(), completed.CompletedAt);
        Assert.Equal(1, await h.CountAsync(key, "task", "COMPLETED"));
    }
}

public sealed class UserTaskSqliteTests() : UserTaskTests(DatabaseProvider.Sqlite);
public sealed class UserTaskPostgresTests() : UserTaskTests(DatabaseProvider.Postgres);
