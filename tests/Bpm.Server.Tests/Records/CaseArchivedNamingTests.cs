using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Records;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.UserTasks;

namespace Bpm.Server.Tests.Records;

/// <summary>The 409 <c>case-archived</c> names the case as a person knows it: its case number (案号) and the process name,
/// not the instance key; the key only when the case has no number. Checked on a write refused in the step (a comment) and on
/// one refused before it (an attachment's bytes).</summary>
public abstract class CaseArchivedNamingTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    private const string ProcessName = "行政处罚一般程序（归档命名）";

    public static TheoryData<string, string, string?> Routes => new()
    {
        { "POST", "/api/user-tasks/{task}/comments", """{"text":"归档后补充意见"}""" },
        { "POST", "/api/user-tasks/{task}/attachments", null },
        { "POST", "/api/process-instances/{instance}/comments", """{"text":"归档后补充案件意见"}""" },
    };

    private async Task<(string Instance, string Task)> CompletedCaseAsync(string? caseNumber)
    {
        var id = UniqueProcessId("archived-name");
        await Client.DeployAsync(($"{id}.bpmn", ReviewModel(id).Replace("isExecutable=", $"name=\"{ProcessName}\" isExecutable=", StringComparison.Ordinal)));
        var variables = new JsonObject { ["who"] = "officer1", ["prio"] = 50 };
        if (caseNumber is not null) variables["caseNumber"] = caseNumber;
        var instance = (await Client.StartAsync(id, variables))["processInstanceKey"].Key();
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}"))[0]!["userTaskKey"].Key();
        await ExpectNoContent((await As("officer1")).PostAsJsonAsync($"/api/user-tasks/{task}/completion", new { }));
        return (instance, task);
    }

    private async Task<string> RefusalAsync(string method, string route, string? body, string instance, string task)
    {
        using var request = CaseRetentionTests.WriteRequest(method, route, body, instance, task);
        var problem = await (await Client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(CaseArchivedException.Rule, problem["rule"]!.GetValue<string>());
        return problem["detail"]!.GetValue<string>();
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_archived_case_is_named_by_its_case_number_and_process_not_its_key(string method, string route, string? body)
    {
        var (instance, task) = await CompletedCaseAsync("金市监罚〔2026〕17号");

        var detail = await RefusalAsync(method, route, body, instance, task);

        Assert.StartsWith($"案件 金市监罚〔2026〕17号（{ProcessName}）已办结归档", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(instance, detail, StringComparison.Ordinal);
        Assert.Null(Api.EnglishSentence.In(detail));
        Assert.Null(Api.EnglishSentence.GlossIn(detail));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_archived_case_without_a_case_number_falls_back_to_its_key(string method, string route, string? body)
    {
        var (instance, task) = await CompletedCaseAsync(caseNumber: null);

        var detail = await RefusalAsync(method, route, body, instance, task);

        Assert.StartsWith($"案件（{ProcessName}，流程实例 {instance}）已办结归档", detail, StringComparison.Ordinal);
    }
}

public sealed class CaseArchivedNamingSqliteTests(PeopleServerFactory<Sqlite> f) : CaseArchivedNamingTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class CaseArchivedNamingPostgresTests(PeopleServerFactory<Postgres> f) : CaseArchivedNamingTests(f), IClassFixture<PeopleServerFactory<Postgres>>;
