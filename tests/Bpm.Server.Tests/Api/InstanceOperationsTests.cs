using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

/// <summary>流程监控's server side: finding instances by a part of the process name or id, and correcting a variable with
/// a reason that the history keeps.</summary>
public abstract class InstanceOperationsTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task List_finds_instances_by_part_of_the_chinese_process_name_or_of_the_id()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var penalty = UniqueProcessId("penalty");
        var licence = UniqueProcessId("licence");
        await Client.DeployAsync(($"{penalty}.bpmn", TestModels.UserTaskProcess(penalty, $"行政处罚一般程序（{token}）")));
        await Client.DeployAsync(($"{licence}.bpmn", TestModels.UserTaskProcess(licence, $"行政许可（{token}）")));
        var penaltyKey = (await Client.StartAsync(penalty))["processInstanceKey"].Key();
        await Client.StartAsync(licence);

        var byName = await Client.GetObjectAsync($"/api/process-instances?process={Uri.EscapeDataString($"处罚一般程序（{token}")}");
        var item = Assert.Single(byName["items"]!.AsArray())!;
        Assert.Equal(penaltyKey, item["processInstanceKey"].Key());
        Assert.Equal($"行政处罚一般程序（{token}）", (string?)item["processName"]);

        var byIdPart = await Client.GetObjectAsync($"/api/process-instances?process={Uri.EscapeDataString(penalty[8..].ToUpperInvariant())}");
        Assert.Equal(penaltyKey, Assert.Single(byIdPart["items"]!.AsArray())!["processInstanceKey"].Key());

        var both = await Client.GetObjectAsync($"/api/process-instances?process={Uri.EscapeDataString($"（{token}）")}");
        Assert.Equal(2, both["total"]!.GetValue<long>());
        var none = await Client.GetObjectAsync($"/api/process-instances?process={Uri.EscapeDataString($"行政强制（{token}）")}");
        Assert.Equal(0, none["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Setting_a_variable_with_a_reason_changes_it_and_the_history_records_who_and_why()
    {
        var key = await StartCaseAsync(new { amount = 5000, party = "某公司" });
        var response = await Client.PutAsJsonAsync($"/api/process-instances/{key}/variables/amount", new { value = 3000, reason = "录入错误，按询问笔录更正" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);

        var instance = await Client.GetObjectAsync($"/api/process-instances/{key}");
        Assert.Equal(3000, instance["variables"]!["amount"]!.GetValue<int>());
        Assert.Equal("某公司", (string?)instance["variables"]!["party"]);
        var history = await Client.GetItemsAsync($"/api/process-instances/{key}/history");
        var entry = history.Last(e => (string?)e!["event"] == "VARIABLE_SET" && (string?)e["name"] == "amount")!;
        Assert.Equal(3000, entry["value"]!.GetValue<int>());
        Assert.Equal("admin", (string?)entry["by"]);
        Assert.Equal("录入错误，按询问笔录更正", (string?)entry["reason"]);
    }

    [Fact]
    public async Task Setting_a_variable_without_a_reason_or_value_is_400_and_changes_nothing()
    {
        var key = await StartCaseAsync(new { amount = 5000 });
        var noReason = await Client.PutAsJsonAsync($"/api/process-instances/{key}/variables/amount", new { value = 1, reason = " " });
        var problem = await noReason.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("reason", (string?)problem["field"]);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)problem["detail"]!);
        var noValue = await Client.PutAsJsonAsync($"/api/process-instances/{key}/variables/amount", new { reason = "更正" });
        Assert.Equal("value", (string?)(await noValue.ReadProblemAsync(HttpStatusCode.BadRequest))["field"]);
        Assert.Equal(5000, (await Client.GetObjectAsync($"/api/process-instances/{key}"))["variables"]!["amount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Setting_a_variable_the_case_does_not_have_is_404_in_chinese()
    {
        var key = await StartCaseAsync(new { amount = 5000 });
        var response = await Client.PutAsJsonAsync($"/api/process-instances/{key}/variables/penalty", new { value = 1, reason = "更正" });
        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("没有变量「penalty」", (string)problem["detail"]!);
        Assert.Null((await Client.GetObjectAsync($"/api/process-instances/{key}"))["variables"]!["penalty"]);
    }

    [Fact]
    public async Task Setting_a_variable_of_an_ended_case_is_409_case_archived_and_changes_nothing()
    {
        var key = await StartCaseAsync(new { amount = 5000 });
        (await Client.PostAsJsonAsync($"/api/process-instances/{key}/cancellation", new { reason = "立案错误" })).EnsureSuccessStatusCode();
        var response = await Client.PutAsJsonAsync($"/api/process-instances/{key}/variables/amount", new { value = 1, reason = "更正" });
        Assert.Equal("case-archived", (string?)(await response.ReadProblemAsync(HttpStatusCode.Conflict))["rule"]);
        Assert.Equal(5000, (await Client.GetObjectAsync($"/api/process-instances/{key}"))["variables"]!["amount"]!.GetValue<int>());
    }

    private async Task<string> StartCaseAsync(object variables)
    {
        var id = UniqueProcessId("ops");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        return (await Client.StartAsync(id, variables))["processInstanceKey"].Key();
    }
}
