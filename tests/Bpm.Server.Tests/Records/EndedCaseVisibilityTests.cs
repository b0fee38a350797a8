using System.Net;
using System.Net.Http.Json;
using Bpm.Engine.Records;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.UserTasks;

namespace Bpm.Server.Tests.Records;

/// <summary>Issue 13: visibility is checked before the ended-case check. A caller who may not see a case's task gets the same
/// answer on an ended case as on an open one (an ended case must not reveal that it exists and has ended); a caller who may
/// see it gets 409 <c>case-archived</c>. The routes are those of <see cref="CaseRetentionTests.Writes"/>.</summary>
public abstract class EndedCaseVisibilityTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    private const string Outsider = "officer3";   // 开封市: neither candidate nor head of 金水区市场监管局

    public static TheoryData<string, string, string?> Writes => CaseRetentionTests.Writes;

    private async Task<(string Instance, string Task)> OpenCaseAsync()
    {
        var task = await StartTaskAsync(await DeployReviewAsync(), who: "officer1");
        return ((await TaskAsync(Client, task))["processInstanceKey"].Key(), task);
    }

    private async Task<(string Instance, string Task)> EndedCaseAsync()
    {
        var (instance, task) = await OpenCaseAsync();
        await ExpectNoContent((await As("officer1")).PostAsJsonAsync($"/api/user-tasks/{task}/completion", new { }));
        Assert.Equal("COMPLETED", (await Client.GetObjectAsync($"/api/process-instances/{instance}"))["state"]!.GetValue<string>());
        return (instance, task);
    }

    private static async Task<(HttpStatusCode Status, string? Rule)> SendAsync(HttpClient client, string method, string route, string? body,
        (string Instance, string Task) target)
    {
        using var request = CaseRetentionTests.WriteRequest(method, route, body, target.Instance, target.Task);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var rule = text.Length > 0 && text.TrimStart().StartsWith('{')
            ? System.Text.Json.Nodes.JsonNode.Parse(text)?["rule"]?.GetValue<string>()
            : null;
        return (response.StatusCode, rule);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task An_outsider_gets_the_same_answer_on_an_ended_case_as_on_an_open_one(string method, string route, string? body)
    {
        var outsider = await As(Outsider);
        var open = await SendAsync(outsider, method, route, body, await OpenCaseAsync());
        var ended = await SendAsync(outsider, method, route, body, await EndedCaseAsync());

        Assert.True(open.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"open case: {(int)open.Status} {open.Rule}");
        Assert.Equal(open, ended);
        Assert.NotEqual(CaseArchivedException.Rule, ended.Rule);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_caller_who_may_see_the_ended_case_gets_case_archived(string method, string route, string? body)
    {
        // The head of the task's unit sees the task; the case itself has no unit (no organisationId), so only an admin sees it.
        var caller = route.StartsWith("/api/user-tasks/", StringComparison.Ordinal) ? await As("head-amr") : Client;
        var ended = await SendAsync(caller, method, route, body, await EndedCaseAsync());

        Assert.Equal((HttpStatusCode.Conflict, CaseArchivedException.Rule), ended);
    }
}

public sealed class EndedCaseVisibilitySqliteTests(PeopleServerFactory<Sqlite> f) : EndedCaseVisibilityTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class EndedCaseVisibilityPostgresTests(PeopleServerFactory<Postgres> f) : EndedCaseVisibilityTests(f), IClassFixture<PeopleServerFactory<Postgres>>;
