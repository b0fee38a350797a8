using System.Net;
using System.Net.Http.Json;
using System.Text;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

public abstract class UserTaskTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private async Task<string> StartUserTaskInstanceAsync()
    {
        var id = UniqueProcessId("ut");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        return (await Client.StartAsync(id))["processInstanceKey"].Key();
    }

    [Fact]
    public async Task List_by_instance_shows_the_task_shape()
    {
        var instanceKey = await StartUserTaskInstanceAsync();
        var task = Assert.Single(await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}&state=CREATED"))!.AsObject();
        task["userTaskKey"].Key();
        Assert.Equal(instanceKey, task["processInstanceKey"].Key());
        Assert.Equal("review", task["elementId"]!.GetValue<string>());
        Assert.Equal("Review the case", task["name"]!.GetValue<string>());
        Assert.Equal("CREATED", task["state"]!.GetValue<string>());
        Assert.Equal(["review-team"], task["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.NotNull(task["candidateUsers"]);
        Assert.True(task.ContainsKey("assignee"));
        Assert.True(task.ContainsKey("dueDate"));
        Assert.True(task.ContainsKey("followUpDate"));
        Assert.NotNull(task["priority"]);

        Assert.Contains(await Client.GetItemsAsync("/api/user-tasks?candidateGroup=review-team"),
            t => t!["processInstanceKey"]!.GetValue<string>() == instanceKey);
        Assert.Empty(await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}&state=COMPLETED"));
    }

    [Theory]
    [InlineData("state=OPEN")]
    [InlineData("processInstanceKey=abc")]
    [InlineData("page=x")]
    public async Task List_with_bad_query_is_400(string query) =>
        await (await Client.GetAsync($"/api/user-tasks?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Complete_unknown_task_is_404_and_non_numeric_key_is_400()
    {
        await (await Client.PostAsJsonAsync("/api/user-tasks/987654321987/completion", new { })).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PostAsJsonAsync("/api/user-tasks/task-1/completion", new { })).ReadProblemAsync(HttpStatusCode.BadRequest);
        // A person reads the problem: Chinese first.
        var missing = await (await Client.GetAsync("/api/user-tasks/999999")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.StartsWith("用户任务 999999 不存在", missing["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var missingCase = await (await Client.GetAsync("/api/process-instances/999999")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.StartsWith("流程实例 999999 不存在", missingCase["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_with_variables_not_an_object_is_400_and_the_task_stays_open()
    {
        var instanceKey = await StartUserTaskInstanceAsync();
        var taskKey = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}"))[0]!["userTaskKey"].Key();
        var response = await Client.PostAsync($"/api/user-tasks/{taskKey}/completion",
            new StringContent("{\"variables\":[\"approved\"]}", Encoding.UTF8, "application/json"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("variables", problem["field"]!.GetValue<string>());
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}"))[0]!;
        Assert.Equal("CREATED", task["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Complete_without_body_then_again_is_409()
    {
        var instanceKey = await StartUserTaskInstanceAsync();
        var taskKey = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}"))[0]!["userTaskKey"].Key();
        Assert.Equal(HttpStatusCode.NoContent, (await Client.PostAsync($"/api/user-tasks/{taskKey}/completion", null)).StatusCode);
        await (await Client.PostAsync($"/api/user-tasks/{taskKey}/completion", null)).ReadProblemAsync(HttpStatusCode.Conflict);
    }
}
