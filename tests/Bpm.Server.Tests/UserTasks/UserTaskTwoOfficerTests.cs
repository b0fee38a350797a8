using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.UserTasks;

/// <summary>The two-officer rule (header <c>requiredOfficers</c>) through the HTTP API with real tokens: each officer
/// confirms, completion waits for two distinct qualified officers, and both are in the task history.</summary>
public abstract class UserTaskTwoOfficerTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    private async Task<string> StartInspectionAsync()
    {
        var id = UniqueProcessId("inspection");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="inspect" />
            {RuleTask("inspect", "现场检查", "=inspector", """<zeebe:header key="requiredOfficers" value="2" />""")}
            <bpmn:sequenceFlow id="f2" sourceRef="inspect" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        var instance = (await Client.StartAsync(id, new JsonObject { ["inspector"] = null }))["processInstanceKey"].Key();
        return (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}"))[0]!["userTaskKey"].Key();
    }

    private static async Task ExpectTwoOfficers(Task<HttpResponseMessage> call)
    {
        var problem = await (await call).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("two-officers", problem["rule"]!.GetValue<string>());
        Assert.Contains("不得少于两人", problem["law"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_needs_two_distinct_qualified_officers_and_records_both()
    {
        var taskKey = await StartInspectionAsync();
        var officer1 = await As("officer1");
        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{taskKey}/claim"));
        await ExpectTwoOfficers(Post(officer1, $"/api/user-tasks/{taskKey}/completion"));

        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{taskKey}/confirmation"));
        await (await Post(officer1, $"/api/user-tasks/{taskKey}/confirmation")).ReadProblemAsync(HttpStatusCode.Conflict);
        await ExpectTwoOfficers(Post(officer1, $"/api/user-tasks/{taskKey}/completion"));

        var refused = await (await Post(await As("officer-expired"), $"/api/user-tasks/{taskKey}/confirmation")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("valid-enforcement-certificate", refused["rule"]!.GetValue<string>());
        await ExpectDenied(Post(await As("officer3"), $"/api/user-tasks/{taskKey}/confirmation"), "task-visibility");
        await ExpectTwoOfficers(Post(officer1, $"/api/user-tasks/{taskKey}/completion"));
        Assert.Equal("CREATED", (await TaskAsync(officer1, taskKey))["state"]!.GetValue<string>());
        Assert.Equal([("CREATED", null), ("CLAIMED", "officer1"), ("CONFIRMED", "officer1")], await HistoryAsync(officer1, taskKey));

        await ExpectNoContent(Post(await As("officer2"), $"/api/user-tasks/{taskKey}/confirmation"));
        await ExpectNoContent(Post(officer1, $"/api/user-tasks/{taskKey}/completion"));
        Assert.Equal(
            [("CREATED", null), ("CLAIMED", "officer1"), ("CONFIRMED", "officer1"), ("CONFIRMED", "officer2"), ("COMPLETED", "officer1")],
            await HistoryAsync(officer1, taskKey));
    }

    [Fact]
    public async Task A_task_without_the_rule_takes_no_confirmations()
    {
        var taskKey = await StartTaskAsync(await DeployReviewAsync(), who: "officer1");
        await (await Post(await As("officer1"), $"/api/user-tasks/{taskKey}/confirmation")).ReadProblemAsync(HttpStatusCode.Conflict);
        await ExpectNoContent(Post(await As("officer1"), $"/api/user-tasks/{taskKey}/completion"));
    }
}
