using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

public abstract class EndToEndTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Deploy_start_complete_task_and_the_instance_completes_with_its_history()
    {
        var id = UniqueProcessId("e2e");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id, "行政处罚简易程序")));
        var instanceKey = (await Client.StartAsync(id, new { party = "张三" }, "豫执罚〔2025〕99号"))["processInstanceKey"].Key();

        var task = Assert.Single(await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}&state=CREATED"))!;
        var taskKey = task["userTaskKey"].Key();
        var completion = await Client.PostAsJsonAsync($"/api/user-tasks/{taskKey}/completion",
            new { variables = new { approved = true, opinion = "同意" } });
        Assert.Equal(HttpStatusCode.NoContent, completion.StatusCode);

        Assert.Empty(await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}&state=CREATED"));
        Assert.Single(await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}&state=COMPLETED"));

        var instance = await Client.GetObjectAsync($"/api/process-instances/{instanceKey}");
        Assert.Equal("COMPLETED", instance["state"]!.GetValue<string>());
        Assert.NotNull(instance["endedAt"]);
        Assert.True(instance["variables"]!["approved"]!.GetValue<bool>());
        Assert.Equal("同意", instance["variables"]!["opinion"]!.GetValue<string>());
        Assert.Equal("张三", instance["variables"]!["party"]!.GetValue<string>());
        Assert.Empty(instance["activeElementIds"]!.AsArray());

        var history = await Client.GetItemsAsync($"/api/process-instances/{instanceKey}/history");
        var steps = history
            .Where(e => e!["event"]!.GetValue<string>() is "ACTIVATED" or "COMPLETED" && e["elementId"] is not null)
            .Select(e => $"{e!["elementId"]!.GetValue<string>()}:{e["event"]!.GetValue<string>()}")
            .ToList();
        string[] expectedOrder = ["start:ACTIVATED", "start:COMPLETED", "review:ACTIVATED", "review:COMPLETED", "end:ACTIVATED", "end:COMPLETED"];
        var positions = expectedOrder.Select(step => steps.IndexOf(step)).ToList();
        Assert.All(positions, position => Assert.True(position >= 0, $"missing in history: {string.Join(", ", steps)}"));
        Assert.Equal(positions.Order().ToList(), positions);

        var times = history.Select(e => e!["at"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(times.Order().ToList(), times);
    }
}
