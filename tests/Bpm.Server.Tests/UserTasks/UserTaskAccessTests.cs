using System.Net;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.UserTasks;

/// <summary>Rule 2, through the HTTP API with real tokens: who may see and act, and that a refusal changes nothing.</summary>
public abstract class UserTaskAccessTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    [Theory]
    [InlineData("officer1", true)]      // member of the candidate group
    [InlineData("head1", true)]         // head of 金水区, an ancestor of the task's unit
    [InlineData("head-amr", true)]      // head of the task's own unit
    [InlineData("supervisor1", true)]   // supervisor of 郑州市, further up
    [InlineData("admin", true)]
    [InlineData("officer3", false)]     // another city, not a candidate
    [InlineData("head2", false)]        // head of a unit that is not above the task's
    public async Task Who_sees_the_task(string username, bool sees)
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync());
        var client = username == "admin" ? Client : await As(username);
        var response = await client.GetAsync($"/api/user-tasks/{taskKey}");
        if (sees)
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else
            Assert.Equal("task-visibility", (await response.ReadProblemAsync(HttpStatusCode.Forbidden))["rule"]!.GetValue<string>());
        var listed = (await client.GetItemsAsync("/api/user-tasks?pageSize=500")).Any(t => t!["userTaskKey"]!.GetValue<string>() == taskKey);
        Assert.Equal(sees, listed);
        foreach (var path in new[] { "history", "comments", "attachments" })
            Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await client.GetAsync($"/api/user-tasks/{taskKey}/{path}")).StatusCode);
    }

    [Fact]
    public async Task Candidate_user_and_assignee_see_it_through_the_variable_organisation_too()
    {
        // No organisationId header: the instance variable decides (kaifeng), so head2 oversees it and head1 does not.
        var taskKey = await StartTaskAsync(await DeployReviewAsync(organisationHeader: null), who: "officer3", organisationId: "kaifeng");
        Assert.Equal("kaifeng", (await TaskAsync(Client, taskKey))["organisationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await (await As("officer3")).GetAsync($"/api/user-tasks/{taskKey}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await As("head2")).GetAsync($"/api/user-tasks/{taskKey}")).StatusCode);
        await ExpectDenied((await As("head1")).GetAsync($"/api/user-tasks/{taskKey}"), "task-visibility");
    }

    [Fact]
    public async Task Refused_actions_name_the_rule_and_change_nothing()
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync());
        var officer1 = await As("officer1");
        var officer2 = await As("officer2");
        var officer3 = await As("officer3");
        var head2 = await As("head2");

        await ExpectDenied(Post(officer3, $"/api/user-tasks/{taskKey}/claim"), "task-visibility");
        await ExpectDenied(Post(officer3, $"/api/user-tasks/{taskKey}/comments", new { text = "x" }), "task-visibility");
        await ExpectDenied(Post(head2, $"/api/user-tasks/{taskKey}/assignment", new { assignee = "officer3" }), "task-visibility");
        await ExpectDenied(Post(officer2, $"/api/user-tasks/{taskKey}/assignment", new { assignee = "officer2" }), "assign-requires-head");
        await ExpectDenied(Post(officer2, $"/api/user-tasks/{taskKey}/completion"), "complete-requires-assignee");
        await ExpectDenied(Post(await As("head1"), $"/api/user-tasks/{taskKey}/claim"), "claim-requires-candidate");

        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{taskKey}/claim"));
        await (await Post(officer2, $"/api/user-tasks/{taskKey}/claim")).ReadProblemAsync(HttpStatusCode.Conflict);
        await ExpectDenied(officer2.DeleteAsync($"/api/user-tasks/{taskKey}/assignee"), "unassign-requires-assignee-or-head");
        await ExpectDenied(Post(officer2, $"/api/user-tasks/{taskKey}/delegation", new { to = "officer2x" }), "delegate-requires-assignee");
        await ExpectDenied(Post(officer2, $"/api/user-tasks/{taskKey}/completion"), "complete-requires-assignee");
        await (await Post(officer1, $"/api/user-tasks/{taskKey}/resolution")).ReadProblemAsync(HttpStatusCode.Conflict);

        var task = await TaskAsync(officer1, taskKey);
        Assert.Equal("officer1", task["assignee"]!.GetValue<string>());
        Assert.Equal("CREATED", task["state"]!.GetValue<string>());
        Assert.Equal([("CREATED", null), ("CLAIMED", "officer1")], await HistoryAsync(officer1, taskKey));
        Assert.Empty(await officer1.GetItemsAsync($"/api/user-tasks/{taskKey}/comments"));
    }

    [Fact]
    public async Task A_supervisor_sees_but_only_a_head_of_an_ancestor_may_assign_and_admin_may_complete_any_open_task()
    {
        var processId = await DeployReviewAsync();
        var taskKey = await StartTaskAsync(processId);
        // Supervisors (司法局) oversee read-only (docs/security.md).
        await ExpectDenied(Post(await As("supervisor1"), $"/api/user-tasks/{taskKey}/assignment", new { assignee = "officer1" }), "assign-requires-head");
        await ExpectNoContent(Post(await As("head1"), $"/api/user-tasks/{taskKey}/assignment", new { assignee = "officer1" }));
        await ExpectNoContent(Post(Client, $"/api/user-tasks/{taskKey}/completion"));
        Assert.Equal(("COMPLETED", "admin"), (await HistoryAsync(Client, taskKey))[^1]);
    }
}
