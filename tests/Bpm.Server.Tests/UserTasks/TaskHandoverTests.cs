using System.Net;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.UserTasks;

/// <summary>Handing a task on (assignment, delegation) checks the receiver on the server: a user who does not exist or is
/// inactive (400 naming the field and the person), a person who cannot work tasks or sits outside the task's unit and the
/// units above and below it (409 with the rule). Nothing changes when refused, and a delegated task can always be taken back.</summary>
public abstract class TaskHandoverTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    [Theory]
    [InlineData("nobody")]
    [InlineData("Officer2")]
    public async Task Delegating_to_a_user_who_does_not_exist_is_400_naming_them_and_the_task_stays(string target)
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync(), who: "officer1");
        var officer1 = await As("officer1");

        var problem = await (await Post(officer1, $"/api/user-tasks/{taskKey}/delegation", new { to = target })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("to", problem["field"]!.GetValue<string>());
        Assert.Contains(target, problem["detail"]!.GetValue<string>());
        Assert.Contains("不存在", problem["detail"]!.GetValue<string>());
        var task = await TaskAsync(officer1, taskKey);
        Assert.Equal("officer1", task["assignee"]!.GetValue<string>());
        Assert.Null(task["delegationState"]);
        Assert.Contains(await officer1.GetItemsAsync("/api/user-tasks?assignedToMe=true"), t => t!["userTaskKey"]!.GetValue<string>() == taskKey);
        Assert.DoesNotContain(await HistoryAsync(officer1, taskKey), h => h.Event == "DELEGATED");
    }

    [Theory]
    [InlineData("officer3", "handover-target-outside-unit")] // 开封市: cannot see a 金水区 case
    [InlineData("supervisor1", "handover-target-role")] // reads only
    public async Task Delegating_to_someone_who_could_not_work_the_task_is_409_with_the_rule(string target, string rule)
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync(), who: "officer1");
        var officer1 = await As("officer1");

        var problem = await (await Post(officer1, $"/api/user-tasks/{taskKey}/delegation", new { to = target })).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(rule, problem["rule"]!.GetValue<string>());
        Assert.Contains(target, problem["detail"]!.GetValue<string>());
        Assert.Equal("officer1", (await TaskAsync(officer1, taskKey))["assignee"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_head_assigning_to_a_mistyped_name_is_refused_and_the_units_own_head_is_accepted()
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync());
        var head = await As("head1");

        var problem = await (await Post(head, $"/api/user-tasks/{taskKey}/assignment", new { assignee = "offcer2" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("assignee", problem["field"]!.GetValue<string>());
        Assert.Null((await TaskAsync(head, taskKey))["assignee"]);

        await ExpectNoContent(Post(head, $"/api/user-tasks/{taskKey}/assignment", new { assignee = "head-amr" }));
        Assert.Equal("head-amr", (await TaskAsync(head, taskKey))["assignee"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("officer1")] // the owner
    [InlineData("head1")] // a head of the unit above
    public async Task A_delegated_task_is_taken_back_by_its_owner_or_a_head(string taker)
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync(), who: "officer1");
        await ExpectNoContent(Post(await As("officer1"), $"/api/user-tasks/{taskKey}/delegation", new { to = "officer2" }));

        await ExpectDenied(Post(await As("officer-expired"), $"/api/user-tasks/{taskKey}/resolution"), "resolve-requires-delegate-owner-or-head");
        await ExpectNoContent(Post(await As(taker), $"/api/user-tasks/{taskKey}/resolution"));

        var task = await TaskAsync(await As("officer1"), taskKey);
        Assert.Equal("officer1", task["assignee"]!.GetValue<string>());
        Assert.Equal("RESOLVED", task["delegationState"]!.GetValue<string>());
        Assert.Equal(("RESOLVED", taker), (await HistoryAsync(await As("officer1"), taskKey))[^1]);
    }
}

public sealed class TaskHandoverSqliteTests(PeopleServerFactory<Sqlite> f) : TaskHandoverTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class TaskHandoverPostgresTests(PeopleServerFactory<Postgres> f) : TaskHandoverTests(f), IClassFixture<PeopleServerFactory<Postgres>>;
