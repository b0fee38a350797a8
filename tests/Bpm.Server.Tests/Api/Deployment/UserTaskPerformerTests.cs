using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bpm.Server.Deployment;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Deployment;

/// <summary>A user task with no assignee, no candidate groups and no candidate users is refused by the deployment and by the
/// designer's validation, naming the task and the rule in Chinese; nothing is stored.</summary>
public abstract class UserTaskPerformerTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private static string Model(string id, string assignment) => TestModels.Process(id, $"""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
        <bpmn:userTask id="review" name="审查材料"><bpmn:extensionElements>{assignment}<zeebe:taskSchedule dueDate="=now() + duration(&quot;P7D&quot;)" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);

    [Theory]
    [InlineData("/api/deployments")]
    [InlineData("/api/deployments/validation")]
    public async Task A_user_task_nobody_can_work_is_refused_naming_the_task_and_the_rule(string route)
    {
        var id = UniqueProcessId("nobody");
        var before = await Client.CountStoredAsync();

        var response = await PostAsync(route, id, Model(id, ""));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal("review", (string?)error["elementId"]);
        var message = (string)error["message"]!;
        Assert.Contains("“审查材料”（review）", message, StringComparison.Ordinal);
        Assert.Contains(UserTaskPerformerRule.RuleName, message, StringComparison.Ordinal);
        Assert.Contains("候选组", message, StringComparison.Ordinal);
        Assert.Equal(before, await Client.CountStoredAsync());
        Assert.DoesNotContain(await Client.GetItemsAsync("/api/process-definitions"), d => (string?)d!["bpmnProcessId"] == id);
    }

    /// <summary>Issue 15: candidate groups match directory groups; a role code as a group reaches nobody.</summary>
    [Theory]
    [InlineData("/api/deployments", "officer", "zz-scjg-jicha")]
    [InlineData("/api/deployments/validation", "head", "zz-scjg-leaders")]
    public async Task A_role_code_as_candidate_group_is_refused_naming_the_task_and_suggesting_the_groups(string route, string role, string group)
    {
        var id = UniqueProcessId("role-group");
        var before = await Client.CountStoredAsync();

        var response = await PostAsync(route, id, Model(id, $"<zeebe:assignmentDefinition candidateGroups=\"{role}\" />"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal("review", (string?)error["elementId"]);
        var message = (string)error["message"]!;
        Assert.Contains("“审查材料”（review）", message, StringComparison.Ordinal);
        Assert.Contains($"候选组“{role}”", message, StringComparison.Ordinal);
        Assert.Contains(group, message, StringComparison.Ordinal);
        Assert.Contains(RoleCodeCandidateGroupRule.RuleName, message, StringComparison.Ordinal);
        Assert.Equal(before, await Client.CountStoredAsync());
    }

    [Theory]
    [InlineData("<zeebe:assignmentDefinition assignee=\"=initiator\" />")]
    [InlineData("<zeebe:assignmentDefinition assignee=\"zhangwei\" />")]
    [InlineData("<zeebe:assignmentDefinition candidateGroups=\"=if groups.unit = null then &quot;zz-scjg-jicha&quot; else groups.unit\" />")]
    [InlineData("<zeebe:assignmentDefinition candidateUsers=\"zhangwei, lina\" />")]
    [InlineData("<zeebe:assignmentDefinition candidateGroups=\"zz-scjg-jicha, zz-scjg-leaders\" />")]
    public async Task A_user_task_with_an_assignee_or_candidates_deploys(string assignment)
    {
        var id = UniqueProcessId("someone");

        var deployed = await Client.DeployAsync(($"{id}.bpmn", Model(id, assignment)));

        Assert.Equal(id, (string?)deployed["processes"]![0]!["bpmnProcessId"]);
    }

    private async Task<HttpResponseMessage> PostAsync(string route, string id, string xml)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        form.Add(content, "resources", $"{id}.bpmn");
        return await Client.PostAsync(route, form);
    }
}
