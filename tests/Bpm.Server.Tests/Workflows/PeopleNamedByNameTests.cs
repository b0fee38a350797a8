using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.UserTasks;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Workflows;

/// <summary>Texts a person reads name people by their display name and roles by their Chinese name, never by username or role
/// code: handing-on refusals, a claim of a task someone holds, the overdue escalation, the head's extension and reassignment as the officer is told, and the
/// start refusal naming the roles the model allows (the demo people: 张伟 officer, 杨帆 head, 徐帆 designer, 李娜 officer).</summary>
public abstract class PeopleNamedByNameTests(BpmServerFactory factory)
{
    private const string CityInspection = "410100-SCJGJ-ZFJCC";
    private readonly ScenarioDriver driver = new(factory);

    private async Task<(string Instance, string Task)> OverdueTaskOfZhangweiAsync()
    {
        var id = $"named-{Guid.NewGuid():N}"[..20];
        var admin = await driver.AdminAsync();
        await admin.DeployAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="investigate" />
            <bpmn:userTask id="investigate" name="调查取证">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition assignee="zhangwei" candidateGroups="zz-scjg-jicha" />
                <zeebe:taskSchedule dueDate="=due" />
                <zeebe:taskHeaders><zeebe:header key="organisationId" value="{CityInspection}" /></zeebe:taskHeaders>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="investigate" targetRef="end" />
            <bpmn:endEvent id="end" />
            """)));
        var instance = (await admin.StartAsync(id, new JsonObject { ["due"] = driver.EngineNow.AddDays(-1).ToString("O") }))["processInstanceKey"].Key();
        var task = (await admin.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}"))[0]!["userTaskKey"].Key();
        await factory.Services.GetRequiredService<OverdueSweep>().RunOnceAsync(CancellationToken.None);
        return (instance, task);
    }

    private async Task<JsonObject> EscalationAsync(string instance) =>
        (JsonObject)Assert.Single(await (await driver.AsAsync("yangfan")).GetItemsAsync($"/api/escalations?processInstanceKey={instance}&state=OPEN"))!;

    private async Task<string> NotificationAsync(string username, string task, string kind) =>
        (string)Assert.Single(await (await driver.AsAsync(username)).GetItemsAsync("/api/me/notifications"),
            n => (string?)n!["userTaskKey"] == task && (string?)n["kind"] == kind)!["message"]!;

    private static void NamesOnly(string text, string name, string username)
    {
        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.DoesNotContain(username, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handing_a_task_on_to_someone_who_may_not_work_it_is_refused_naming_them_by_name()
    {
        var (_, task) = await OverdueTaskOfZhangweiAsync();
        var zhangwei = await driver.AsAsync("zhangwei");

        var problem = await (await zhangwei.PostAsJsonAsync($"/api/user-tasks/{task}/delegation", new { to = "xufan" })).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("handover-target-role", (string?)problem["rule"]);
        NamesOnly((string)problem["detail"]!, "徐帆", "xufan");
    }

    [Fact]
    public async Task Claiming_a_task_another_officer_holds_is_refused_naming_the_holder_by_name()
    {
        var (_, task) = await OverdueTaskOfZhangweiAsync();

        var problem = await (await (await driver.AsAsync("lina")).PostAsync($"/api/user-tasks/{task}/claim", null)).ReadProblemAsync(HttpStatusCode.Conflict);

        NamesOnly((string)problem["detail"]!, "已由张伟签收", "zhangwei");
    }

    [Fact]
    public async Task The_overdue_escalation_and_the_heads_extension_name_the_officer_and_the_head_by_name()
    {
        var (instance, task) = await OverdueTaskOfZhangweiAsync();
        var escalation = await EscalationAsync(instance);
        NamesOnly((string)escalation["message"]!, "办理人 张伟", "zhangwei");

        await (await (await driver.AsAsync("yangfan")).PostAsJsonAsync($"/api/escalations/{escalation["escalationKey"].Key()}/extension",
            new { reason = "需要补充证据", workingDays = 3 })).ReadJsonObjectAsync(HttpStatusCode.OK);

        NamesOnly(await NotificationAsync("zhangwei", task, Bpm.Engine.Escalations.EscalationNotificationKinds.EscalationResolved), "负责人杨帆", "yangfan");
    }

    [Fact]
    public async Task A_heads_reassignment_names_the_head_to_the_new_officer_and_both_people_to_the_old_one()
    {
        var (instance, task) = await OverdueTaskOfZhangweiAsync();
        var escalation = await EscalationAsync(instance);

        await (await (await driver.AsAsync("yangfan")).PostAsJsonAsync($"/api/escalations/{escalation["escalationKey"].Key()}/reassignment",
            new { assignee = "lina", reason = "原办理人出差" })).ReadJsonObjectAsync(HttpStatusCode.OK);

        NamesOnly(await NotificationAsync("lina", task, NotificationKinds.Assigned), "负责人杨帆", "yangfan");
        var told = await NotificationAsync("zhangwei", task, Bpm.Engine.Escalations.EscalationNotificationKinds.EscalationResolved);
        NamesOnly(told, "负责人杨帆", "yangfan");
        NamesOnly(told, "改派给李娜", "lina");
    }

    /// <summary>A refusal is one Chinese sentence naming the person and the rule, no username and no English gloss; programs
    /// read the rule (and for a route's policy the policy) from extension fields.</summary>
    private static void RefusalNaming(JsonObject problem, string name, string username, string rule)
    {
        var detail = (string)problem["detail"]!;
        Assert.StartsWith($"{name}无权进行此操作：", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(username, detail, StringComparison.Ordinal);
        Assert.Null(Api.EnglishSentence.In(detail));
        Assert.Null(Api.EnglishSentence.GlossIn(detail));
        Assert.Equal(rule, (string?)problem["rule"]);
    }

    [Fact]
    public async Task A_routes_policy_refuses_a_person_by_name_with_the_rule_in_chinese_and_the_policy_for_programs()
    {
        var problem = await (await (await driver.AsAsync("xufan")).GetAsync("/api/user-tasks")).ReadProblemAsync(HttpStatusCode.Forbidden);

        RefusalNaming(problem, "徐帆", "xufan", "case-role");
        Assert.False(string.IsNullOrEmpty((string?)problem["policy"]));
    }

    [Fact]
    public async Task Seeing_another_units_task_and_case_is_refused_naming_the_person_by_name()
    {
        var (instance, task) = await OverdueTaskOfZhangweiAsync();
        var sunli = await driver.AsAsync("sunli");

        RefusalNaming(await (await sunli.GetAsync($"/api/user-tasks/{task}")).ReadProblemAsync(HttpStatusCode.Forbidden), "孙丽", "sunli", "task-visibility");
        RefusalNaming(await (await sunli.GetAsync($"/api/process-instances/{instance}")).ReadProblemAsync(HttpStatusCode.Forbidden), "孙丽", "sunli", "case-visibility");
    }

    [Fact]
    public async Task Starting_a_workflow_of_another_role_is_refused_naming_the_role_in_chinese()
    {
        var problem = await (await (await driver.AsAsync("zhangwei")).PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = "case-file-review" }))
            .ReadProblemAsync(HttpStatusCode.Forbidden);

        NamesOnly((string)problem["detail"]!, "角色 监督人员", "supervisor");
        RefusalNaming(problem, "张伟", "zhangwei", "process-start-not-allowed");
    }
}

public sealed class PeopleNamedByNameSqliteTests(WorkflowServerFactory<Sqlite> f) : PeopleNamedByNameTests(f), IClassFixture<WorkflowServerFactory<Sqlite>>;
public sealed class PeopleNamedByNamePostgresTests(WorkflowServerFactory<Postgres> f) : PeopleNamedByNameTests(f), IClassFixture<WorkflowServerFactory<Postgres>>;
