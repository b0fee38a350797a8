using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Workflows;

/// <summary>法制审核 in the shipped legal-review workflow needs the legal professional qualification (法律职业资格): the
/// designer 徐帆 and officers without it are refused on claim, assignment, delegation and completion (409 naming the rule and
/// the law, nothing changes); 周敏 (qualified reviewer) reviews; a qualification revoked after assignment is refused at
/// completion.</summary>
public abstract class LegalReviewQualificationTests(BpmServerFactory factory)
{
    private const string Rule = "legal-professional-qualification";
    private const string Law = "第五十八条";
    private readonly ScenarioDriver driver = new(factory);

    private static string CaseNumber() => $"豫郑市监罚〔2026〕{Random.Shared.Next(100000, 999999)}号";

    private async Task<(string Instance, string TaskKey)> StartReviewAsync(object? groups = null)
    {
        var caseNumber = CaseNumber();
        var instance = await driver.StartAsync("legal-review", new { caseNumber, groups }, caseNumber);
        return (instance, (await driver.OpenTaskAsync(instance, "review"))["userTaskKey"].Key());
    }

    private async Task<HttpResponseMessage> PostAsync(string username, string path, object? body = null)
    {
        var client = await driver.AsAsync(username);
        return body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body);
    }

    private static async Task ExpectRefused(Task<HttpResponseMessage> call)
    {
        var problem = await (await call).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(Rule, problem["rule"]!.GetValue<string>());
        Assert.Contains(Law, problem["law"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>A designer cannot receive a task at all: the handover rule refuses him before the task's own rules.</summary>
    private static async Task ExpectNotAWorker(Task<HttpResponseMessage> call)
    {
        var problem = await (await call).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("handover-target-role", problem["rule"]!.GetValue<string>());
    }

    private static async Task ExpectNoCaseRole(Task<HttpResponseMessage> call)
    {
        var problem = await (await call).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("case-role", problem["rule"]!.GetValue<string>());
    }

    private static async Task ExpectNoContent(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<(string State, string? Assignee, int Events)> TaskStateAsync(string taskKey)
    {
        var admin = await driver.AdminAsync();
        var task = await admin.GetObjectAsync($"/api/user-tasks/{taskKey}");
        var history = await admin.GetItemsAsync($"/api/user-tasks/{taskKey}/history");
        return (task["state"]!.GetValue<string>(), task["assignee"]?.GetValue<string>(), history.Count);
    }

    private async Task UpdateDatabaseAsync(Func<BpmDbContext, Task> change)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        await change(db);
    }

    private async Task UpdatePeopleAsync(Func<IdentityDbContext, Task> change)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();
        await change(db);
    }

    [Fact]
    public async Task A_designer_without_the_qualification_is_refused_on_claim_assignment_delegation_and_completion()
    {
        var (_, taskKey) = await StartReviewAsync();
        var before = await TaskStateAsync(taskKey);

        // A designer holds no case role: the route refuses him before the task's rules are read.
        await ExpectNoCaseRole(PostAsync("xufan", $"/api/user-tasks/{taskKey}/claim"));
        await ExpectNotAWorker(PostAsync("admin", $"/api/user-tasks/{taskKey}/assignment", new { assignee = "xufan" }));
        Assert.Equal(before, await TaskStateAsync(taskKey));

        await ExpectNoContent(PostAsync("zhoumin", $"/api/user-tasks/{taskKey}/claim"));
        var claimed = await TaskStateAsync(taskKey);
        await ExpectNotAWorker(PostAsync("zhoumin", $"/api/user-tasks/{taskKey}/delegation", new { to = "xufan" }));
        Assert.Equal(claimed, await TaskStateAsync(taskKey));

        // A task left with xufan from before the rule was declared: completing it is refused too.
        await UpdateDatabaseAsync(db => db.UserTasks.Where(t => t.Key == long.Parse(taskKey)).ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, "xufan")));
        await ExpectNoCaseRole(PostAsync("xufan", $"/api/user-tasks/{taskKey}/completion", new { variables = new { reviewConclusion = "agree", reviewOpinion = "同意" } }));
        Assert.Equal(("CREATED", "xufan", claimed.Events), await TaskStateAsync(taskKey));
    }

    [Fact]
    public async Task An_officer_without_the_qualification_is_refused_even_as_a_candidate()
    {
        // The review group is the inspection unit's: 张伟 is a candidate but holds no legal qualification.
        var (_, taskKey) = await StartReviewAsync(new { review = "zz-scjg-jicha" });
        var before = await TaskStateAsync(taskKey);
        await ExpectRefused(PostAsync("zhangwei", $"/api/user-tasks/{taskKey}/claim"));
        await ExpectRefused(PostAsync("admin", $"/api/user-tasks/{taskKey}/assignment", new { assignee = "zhangwei" }));
        Assert.Equal(before, await TaskStateAsync(taskKey));

        await ExpectNoContent(PostAsync("admin", $"/api/user-tasks/{taskKey}/assignment", new { assignee = "zhoumin" }));
        await ExpectRefused(PostAsync("zhoumin", $"/api/user-tasks/{taskKey}/delegation", new { to = "lina" }));
        Assert.Equal("zhoumin", (await TaskStateAsync(taskKey)).Assignee);
    }

    [Fact]
    public async Task A_qualified_reviewer_claims_delegates_to_a_qualified_colleague_and_completes()
    {
        var (instance, taskKey) = await StartReviewAsync();
        await ExpectNoContent(PostAsync("zhoumin", $"/api/user-tasks/{taskKey}/claim"));
        await ExpectNoContent(PostAsync("zhoumin", $"/api/user-tasks/{taskKey}/delegation", new { to = "wujing" }));
        await ExpectNoContent(PostAsync("wujing", $"/api/user-tasks/{taskKey}/resolution"));
        await ExpectNoContent(PostAsync("zhoumin", $"/api/user-tasks/{taskKey}/completion",
            new { variables = new { reviewConclusion = "agree", reviewOpinion = "事实清楚，证据确凿。" } }));
        await driver.WaitForStateAsync(instance, "COMPLETED");
    }

    [Fact]
    public async Task A_qualification_revoked_after_assignment_is_refused_at_completion()
    {
        var (_, taskKey) = await StartReviewAsync();
        await ExpectNoContent(PostAsync("admin", $"/api/user-tasks/{taskKey}/assignment", new { assignee = "wujing" }));
        var assigned = await TaskStateAsync(taskKey);
        await UpdatePeopleAsync(db => db.Users.Where(u => u.Username == "wujing")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.QualificationNumber, (string?)null)));
        try
        {
            await ExpectRefused(PostAsync("wujing", $"/api/user-tasks/{taskKey}/completion",
                new { variables = new { reviewConclusion = "agree", reviewOpinion = "同意" } }));
            Assert.Equal(assigned, await TaskStateAsync(taskKey));
        }
        finally
        {
            await UpdatePeopleAsync(db => db.Users.Where(u => u.Username == "wujing")
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.QualificationNumber, "A20184101000456")));
        }
    }

    [Fact]
    public async Task Deployment_refuses_a_malformed_qualification_header()
    {
        var admin = await driver.AdminAsync();
        var xml = TestModels.Process("bad-qualification-header", """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review"><bpmn:extensionElements><zeebe:taskHeaders><zeebe:header key="requiresLegalQualification" value="yes" /></zeebe:taskHeaders></bpmn:extensionElements></bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
            """);
        var response = await admin.DeployRawAsync(("bad-qualification-header.bpmn", xml));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("requiresLegalQualification", body, StringComparison.Ordinal);
        _ = JsonNode.Parse(body);
    }
}
