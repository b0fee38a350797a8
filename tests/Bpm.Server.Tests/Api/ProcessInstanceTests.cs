using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

public abstract class ProcessInstanceTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private async Task<string> DeployUserTaskProcessAsync()
    {
        var id = UniqueProcessId("pi");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        return id;
    }

    [Fact]
    public async Task Start_returns_201_with_location_and_the_instance_shows_variables()
    {
        var id = await DeployUserTaskProcessAsync();
        var response = await Client.PostAsJsonAsync("/api/process-instances",
            new { bpmnProcessId = id, businessKey = "豫执罚〔2025〕1号", variables = new { amount = 5000, party = "某公司" } });
        var started = await response.ReadJsonObjectAsync(HttpStatusCode.Created);
        var key = started["processInstanceKey"].Key();
        Assert.Equal(id, started["bpmnProcessId"]!.GetValue<string>());
        Assert.Equal(1, started["version"]!.GetValue<int>());
        Assert.EndsWith($"/api/process-instances/{key}", response.Headers.Location!.ToString());

        var instance = await Client.GetObjectAsync($"/api/process-instances/{key}");
        Assert.Equal(key, instance["processInstanceKey"].Key());
        Assert.Equal("ACTIVE", instance["state"]!.GetValue<string>());
        Assert.Equal("豫执罚〔2025〕1号", instance["businessKey"]!.GetValue<string>());
        Assert.Equal(5000, instance["variables"]!["amount"]!.GetValue<int>());
        Assert.Equal("某公司", instance["variables"]!["party"]!.GetValue<string>());
        Assert.Contains("review", instance["activeElementIds"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Empty(instance["incidents"]!.AsArray());
        Assert.NotNull(instance["startedAt"]);
    }

    [Fact]
    public async Task Start_a_specific_version()
    {
        var id = UniqueProcessId("ver");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id, "v1")));
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id, "v2")));
        var latest = await Client.StartAsync(id);
        Assert.Equal(2, latest["version"]!.GetValue<int>());
        var response = await Client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = id, version = 1 });
        Assert.Equal(1, (await response.ReadJsonObjectAsync(HttpStatusCode.Created))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Start_unknown_process_is_404_and_stores_nothing()
    {
        var before = await Client.CountStoredAsync();
        var response = await Client.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = "no-such-process" });
        await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await Client.CountStoredAsync());
    }

    [Theory]
    [InlineData("{\"bpmnProcessId\":\"ID\",\"variables\":[1,2]}", "variables")]
    [InlineData("{\"bpmnProcessId\":\"ID\",\"variables\":\"text\"}", "variables")]
    [InlineData("{\"bpmnProcessId\":\"ID\",\"variables\":42}", "variables")]
    [InlineData("{\"bpmnProcessId\":\"ID\",\"version\":\"one\"}", "version")]
    [InlineData("{\"bpmnProcessId\":\"ID\",\"businessKey\":7}", "businessKey")]
    [InlineData("{\"variables\":{}}", "bpmnProcessId")]
    [InlineData("{\"bpmnProcessId\":\"ID\",", "body")]
    [InlineData("[1]", "body")]
    [InlineData("", "body")]
    public async Task Start_with_bad_input_is_400_naming_the_field_and_stores_nothing(string json, string field)
    {
        var id = await DeployUserTaskProcessAsync();
        var before = await Client.CountStoredAsync();
        var response = await Client.PostAsync("/api/process-instances",
            new StringContent(json.Replace("ID", id), Encoding.UTF8, "application/json"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]?.GetValue<string>());
        Assert.Equal(before, await Client.CountStoredAsync());
    }

    [Theory]
    [InlineData("/api/process-instances/987654321987")]
    [InlineData("/api/process-instances/987654321987/history")]
    public async Task Unknown_key_is_404(string url) =>
        await (await Client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);

    [Theory]
    [InlineData("/api/process-instances/abc")]
    [InlineData("/api/process-instances/1.5/history")]
    public async Task Non_numeric_key_is_400(string url) =>
        await (await Client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.BadRequest);

    [Fact]
    public async Task List_filters_and_pages()
    {
        var id = await DeployUserTaskProcessAsync();
        for (var i = 0; i < 3; i++)
            await Client.StartAsync(id, businessKey: $"{id}-case-{i}");

        var page = await Client.GetObjectAsync($"/api/process-instances?bpmnProcessId={id}&state=ACTIVE&page=2&pageSize=2");
        Assert.Equal(3, page["total"]!.GetValue<long>());
        Assert.Equal(2, page["page"]!.GetValue<int>());
        Assert.Equal(2, page["pageSize"]!.GetValue<int>());
        var item = Assert.Single(page["items"]!.AsArray())!.AsObject();
        item["processInstanceKey"].Key();

        var byBusinessKey = await Client.GetObjectAsync($"/api/process-instances?businessKey={id}-case-1");
        Assert.Equal(1, byBusinessKey["total"]!.GetValue<long>());
        var completed = await Client.GetObjectAsync($"/api/process-instances?bpmnProcessId={id}&state=COMPLETED");
        Assert.Equal(0, completed["total"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("state=RUNNING")]
    [InlineData("page=abc")]
    [InlineData("page=0")]
    [InlineData("pageSize=-1")]
    public async Task List_with_bad_query_is_400(string query) =>
        await (await Client.GetAsync($"/api/process-instances?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Cancel_terminates_and_a_second_cancel_changes_nothing()
    {
        var id = await DeployUserTaskProcessAsync();
        var key = (await Client.StartAsync(id))["processInstanceKey"].Key();
        var noReason = await Client.PostAsync($"/api/process-instances/{key}/cancellation", null);
        Assert.Equal("reason", (await noReason.ReadProblemAsync(HttpStatusCode.BadRequest))["field"]!.GetValue<string>());
        var response = await Client.PostAsJsonAsync($"/api/process-instances/{key}/cancellation", new { reason = "立案错误" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var instance = await Client.GetObjectAsync($"/api/process-instances/{key}");
        Assert.Equal("TERMINATED", instance["state"]!.GetValue<string>());
        Assert.NotNull(instance["endedAt"]);

        var again = await Client.PostAsJsonAsync($"/api/process-instances/{key}/cancellation", new { reason = "再次撤销" });
        await again.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("TERMINATED", (await Client.GetObjectAsync($"/api/process-instances/{key}"))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_unknown_or_non_numeric_key_is_a_problem()
    {
        await (await Client.PostAsync("/api/process-instances/987654321987/cancellation", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PostAsync("/api/process-instances/x/cancellation", null)).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task History_lists_events_without_nulls()
    {
        var id = await DeployUserTaskProcessAsync();
        var key = (await Client.StartAsync(id))["processInstanceKey"].Key();
        var items = await Client.GetItemsAsync($"/api/process-instances/{key}/history");
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.All(item!.AsObject(), pair => Assert.NotNull(pair.Value));
            Assert.NotNull(item["event"]);
            Assert.NotNull(item["at"]);
        }
        Assert.Contains(items, e => e!["elementId"]?.GetValue<string>() == "review" && e["event"]!.GetValue<string>() == "ACTIVATED");
    }
}
