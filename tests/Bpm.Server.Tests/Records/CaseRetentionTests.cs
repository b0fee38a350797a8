using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Bpm.Engine.Records;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Server.Tests.UserTasks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Records;

/// <summary>Issue 16 item 6: an ended case (completed after 归档, or cancelled) is read-only. Every write route on it answers
/// 409 <c>case-archived</c> with a Chinese detail and changes nothing; its record still verifies and can still be read.</summary>
public abstract class CaseRetentionTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    /// <summary>A case whose only task officer1 completed: the instance is COMPLETED.</summary>
    private async Task<(string Instance, string Task)> CompletedCaseAsync()
    {
        var task = await StartTaskAsync(await DeployReviewAsync(), who: "officer1");
        var instance = (await TaskAsync(Client, task))["processInstanceKey"].Key();
        await ExpectNoContent((await As("officer1")).PostAsJsonAsync($"/api/user-tasks/{task}/completion", new { }));
        Assert.Equal("COMPLETED", (await Client.GetObjectAsync($"/api/process-instances/{instance}"))["state"]!.GetValue<string>());
        return (instance, task);
    }

    public static TheoryData<string, string, string?> Writes => new()
    {
        { "POST", "/api/user-tasks/{task}/comments", """{"text":"归档后补充意见"}""" },
        { "POST", "/api/user-tasks/{task}/attachments", null },
        { "POST", "/api/user-tasks/{task}/completion", "{}" },
        { "POST", "/api/user-tasks/{task}/assignment", """{"assignee":"officer2"}""" },
        { "DELETE", "/api/user-tasks/{task}/assignee", null },
        { "POST", "/api/user-tasks/{task}/claim", null },
        { "POST", "/api/user-tasks/{task}/delegation", """{"to":"officer2"}""" },
        { "POST", "/api/user-tasks/{task}/resolution", null },
        { "POST", "/api/user-tasks/{task}/confirmation", null },
        { "POST", "/api/user-tasks/{task}/escalation", """{"code":"OVERDUE"}""" },
        { "POST", "/api/process-instances/{instance}/cancellation", """{"reason":"归档后撤销"}""" },
        { "POST", "/api/process-instances/{instance}/comments", """{"text":"归档后补充案件意见"}""" },
        { "PUT", "/api/process-instances/{instance}/variables/who", """{"value":"officer2","reason":"归档后更正"}""" },
        // Deadline commands load the case in the same command pipeline, so an ended case refuses them before the deadline is looked up.
        { "POST", "/api/process-instances/{instance}/deadlines/review/pause", """{"reason":"归档后暂停"}""" },
        { "POST", "/api/process-instances/{instance}/deadlines/review/resume", """{"reason":"归档后恢复"}""" },
        { "POST", "/api/process-instances/{instance}/deadlines/review/extension", """{"days":5,"reason":"归档后延长"}""" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_write_to_a_completed_case_is_refused_with_409_and_changes_nothing(string method, string route, string? body)
    {
        var (instance, task) = await CompletedCaseAsync();
        var before = await Client.GetObjectAsync($"/api/process-instances/{instance}/integrity");
        using var request = WriteRequest(method, route, body, instance, task);

        var problem = await (await Client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(CaseArchivedException.Rule, problem["rule"]!.GetValue<string>());
        Assert.Contains("已办结归档", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var after = await Client.GetObjectAsync($"/api/process-instances/{instance}/integrity");
        Assert.True(after["valid"]!.GetValue<bool>());
        Assert.Equal(before["entries"]!.GetValue<long>(), after["entries"]!.GetValue<long>());
        Assert.Equal(before["headHash"]!.GetValue<string>(), after["headHash"]!.GetValue<string>());
        Assert.Empty(await Client.GetItemsAsync($"/api/user-tasks/{task}/attachments"));
        Assert.Empty(await Client.GetItemsAsync($"/api/user-tasks/{task}/comments"));
        Assert.Empty(await Client.GetItemsAsync($"/api/process-instances/{instance}/comments"));
        Assert.Equal("officer1", (await Client.GetObjectAsync($"/api/process-instances/{instance}"))["variables"]!["who"]!.GetValue<string>());
    }

    /// <summary>The request of one of <see cref="Writes"/> on a case and its task (an attachment route gets a small PDF).</summary>
    internal static HttpRequestMessage WriteRequest(string method, string route, string? body, string instance, string task)
    {
        var url = route.Replace("{task}", task, StringComparison.Ordinal).Replace("{instance}", instance, StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (route.EndsWith("/attachments", StringComparison.Ordinal))
        {
            var file = new ByteArrayContent([1, 2, 3]);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            request.Content = new MultipartFormDataContent { { file, "file", "补充材料.pdf" } };
        }
        else if (body is not null) request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        return request;
    }

    /// <summary>Write routes on a case that <see cref="Writes"/> does not list, with the test that shows their 409.</summary>
    private static readonly Dictionary<string, string> WritesTestedElsewhere = new(StringComparer.Ordinal)
    {
        ["POST /api/escalations/{key}/reassignment"] = "EscalationInboxTests.A_heads_actions_on_a_cancelled_case_are_refused_as_archived_and_change_nothing",
        ["POST /api/escalations/{key}/extension"] = "EscalationInboxTests.A_heads_actions_on_a_cancelled_case_are_refused_as_archived_and_change_nothing",
        ["POST /api/escalations/{key}/decision"] = "EscalationInboxTests.A_heads_actions_on_a_cancelled_case_are_refused_as_archived_and_change_nothing",
        // A message-dispatch incident may be retried on an ended case; every other resolution is a command (engine CommandPipelineTests).
        ["POST /api/incidents/{key}/resolution"] = "CommandPipelineTests",
    };

    [Fact]
    public void Every_write_route_on_a_case_is_tested_against_an_ended_case()
    {
        var listed = Writes.Select(row => ((string)row[0], (string)row[1])).ToList();
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m != "GET")
                .Select(m => (Method: m, Pattern: "/" + e.RoutePattern.RawText!.Trim('/'))))
            .Where(r => new[] { "/api/process-instances/{", "/api/user-tasks/{", "/api/escalations/{", "/api/incidents/{" }
                .Any(prefix => r.Pattern.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(routes);
        foreach (var (method, pattern) in routes)
        {
            var shape = new Regex("^" + Regex.Replace(Regex.Escape(pattern), @"\\\{[^}]+}", "[^/]+") + "$");
            Assert.True(listed.Any(w => w.Item1 == method && shape.IsMatch(w.Item2)) || WritesTestedElsewhere.ContainsKey($"{method} {pattern}"),
                $"{method} {pattern} writes to a case but is not tested against an ended case (add it to Writes)");
        }
    }

    [Fact]
    public async Task A_cancelled_case_is_read_only_too_and_says_so()
    {
        var task = await StartTaskAsync(await DeployReviewAsync(), who: "officer1");
        var instance = (await TaskAsync(Client, task))["processInstanceKey"].Key();
        (await Client.PostAsJsonAsync($"/api/process-instances/{instance}/cancellation", new { reason = "重复立案" })).EnsureSuccessStatusCode();

        var problem = await (await Client.PostAsJsonAsync($"/api/user-tasks/{task}/comments", new { text = "撤销后补充" })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(CaseArchivedException.Rule, problem["rule"]!.GetValue<string>());
        Assert.Contains("已撤销", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var again = await (await Client.PostAsJsonAsync($"/api/process-instances/{instance}/cancellation", new { reason = "再次撤销" })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(CaseArchivedException.Rule, again["rule"]!.GetValue<string>());
        Assert.True((await Client.GetObjectAsync($"/api/process-instances/{instance}/integrity"))["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Writes_to_an_open_case_still_work()
    {
        var task = await StartTaskAsync(await DeployReviewAsync(), who: "officer1");
        Assert.Equal(HttpStatusCode.Created, (await (await As("officer1")).PostAsJsonAsync($"/api/user-tasks/{task}/comments", new { text = "办理中" })).StatusCode);
    }
}

public sealed class CaseRetentionSqliteTests(PeopleServerFactory<Sqlite> f) : CaseRetentionTests(f), IClassFixture<PeopleServerFactory<Sqlite>>;
public sealed class CaseRetentionPostgresTests(PeopleServerFactory<Postgres> f) : CaseRetentionTests(f), IClassFixture<PeopleServerFactory<Postgres>>;
