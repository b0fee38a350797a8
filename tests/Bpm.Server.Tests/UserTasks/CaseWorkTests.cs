using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Auth;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.UserTasks;

/// <summary>The case beside the task (issue 15): comments on the case, the case's number and party on every task, a
/// delegate's form values kept for the owner, and a repeated round of a task opening with an empty form.</summary>
public abstract class CaseWorkTests(BpmServerFactory factory) : UserTaskTestBase(factory)
{
    private const string FormId = "case-work-opinion";

    private static string FormJson => $$"""
        { "id": "{{FormId}}", "type": "default", "components": [
          { "id": "opinion", "key": "opinion", "type": "textarea", "label": "意见" },
          { "id": "again", "key": "again", "type": "checkbox", "label": "再审一轮" },
          { "id": "submit", "type": "button", "action": "submit", "label": "提交" } ] }
        """;

    /// <summary>A review task with a form that goes back to itself while <c>again</c> is true (rounds).</summary>
    private static string RoundModel(string id) => TestModels.Process(id, $"""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
        <bpmn:userTask id="review" name="审核">
          <bpmn:extensionElements>
            <zeebe:formDefinition formId="{FormId}" />
            <zeebe:assignmentDefinition candidateGroups="officers-jinshui" />
            <zeebe:taskHeaders><zeebe:header key="organisationId" value="jinshui-amr" /></zeebe:taskHeaders>
          </bpmn:extensionElements>
        </bpmn:userTask>
        <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="again" />
        <bpmn:exclusiveGateway id="again" default="f4" />
        <bpmn:sequenceFlow id="f3" sourceRef="again" targetRef="review"><bpmn:conditionExpression>=again = true</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="f4" sourceRef="again" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);

    private async Task<(string Instance, string Task)> StartRoundCaseAsync()
    {
        var id = UniqueProcessId("rounds");
        await Client.DeployAsync(($"{FormId}.form", FormJson), ($"{id}.bpmn", RoundModel(id)));
        var instance = (await Client.StartAsync(id, new { organisationId = "jinshui-amr", partyName = "郑州某餐饮管理有限公司" }, $"CASE-{Guid.NewGuid():N}"[..20]))["processInstanceKey"].Key();
        return (instance, await OpenTaskKeyAsync(instance));
    }

    private async Task<string> OpenTaskKeyAsync(string instance) =>
        (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instance}&state=CREATED"))[0]!["userTaskKey"].Key();

    private async Task<HttpClient> DesignerAsync()
    {
        var users = Factory.Services.GetRequiredService<IUserDirectory>();
        var credentials = Factory.Services.GetRequiredService<CredentialValidator>();
        var user = new UserEntity { Username = "designer-cw", DisplayName = "设计人员", Roles = RoleList.Format(["designer"]), CreatedAt = DateTimeOffset.UtcNow };
        user.PasswordHash = credentials.HashPassword(user, TestPeopleDirectory.Password);
        await users.AddIfMissingAsync(user, CancellationToken.None);
        return await Factory.CreateAuthenticatedClientAsync("designer-cw", TestPeopleDirectory.Password);
    }

    [Fact]
    public async Task Case_comments_record_who_and_when_for_everyone_who_may_see_the_case_and_refuse_the_others()
    {
        var (instance, _) = await StartRoundCaseAsync();
        var url = $"/api/process-instances/{instance}/comments";
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        var officer = await (await (await As("officer1")).PostAsJsonAsync(url, new { text = "  当事人已提交营业执照复印件  " })).ReadJsonObjectAsync(HttpStatusCode.Created);
        Assert.Equal("officer1", officer["author"]!.GetValue<string>());
        Assert.Equal("当事人已提交营业执照复印件", officer["text"]!.GetValue<string>());
        Assert.InRange(officer["createdAt"]!.GetValue<DateTimeOffset>(), before, DateTimeOffset.UtcNow.AddSeconds(5));
        await (await (await As("head1")).PostAsJsonAsync(url, new { text = "同意按一般程序办理" })).ReadJsonObjectAsync(HttpStatusCode.Created);
        // A supervisor comments on a case of the area they oversee; reading it there needs the access reason, as every case read.
        var supervisor = await As("supervisor1");
        await (await supervisor.PostAsJsonAsync(url, new { text = "请注意听证告知期限" })).ReadJsonObjectAsync(HttpStatusCode.Created);
        await (await Client.PostAsJsonAsync(url, new { text = "管理员备注" })).ReadJsonObjectAsync(HttpStatusCode.Created);

        var listed = await (await As("officer1")).GetItemsAsync(url);
        Assert.Equal([("officer1", "当事人已提交营业执照复印件"), ("head1", "同意按一般程序办理"), ("supervisor1", "请注意听证告知期限"), ("admin", "管理员备注")],
            listed.Select(c => (c!["author"]!.GetValue<string>(), c["text"]!.GetValue<string>())));
        Assert.All(listed, c => Assert.Equal(instance, c!["processInstanceKey"]!.GetValue<string>()));
        var refusedRead = await (await supervisor.GetAsync(url)).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("access-reason", refusedRead["rule"]!.GetValue<string>());
        Assert.Equal(4, (await supervisor.GetItemsAsync($"{url}?reason={Uri.EscapeDataString("案卷评查")}")).Count);

        var blank = await (await (await As("officer1")).PostAsJsonAsync(url, new { text = "   " })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("text", blank["field"]!.GetValue<string>());
        await ExpectDenied((await As("officer3")).PostAsJsonAsync(url, new { text = "外单位" }), "case-visibility");
        await ExpectDenied((await As("officer3")).GetAsync(url), "case-visibility");
        var designer = await DesignerAsync();
        await ExpectDenied(designer.GetAsync(url), "case-comment-role");
        await ExpectDenied(designer.PostAsJsonAsync(url, new { text = "设计" }), "case-comment-role");
        await (await Client.GetAsync("/api/process-instances/12345/comments")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(4, (await Client.GetItemsAsync(url)).Count);
    }

    [Fact]
    public async Task Inbox_rows_and_the_task_name_the_case_by_number_and_party()
    {
        var (instance, taskKey) = await StartRoundCaseAsync();
        await (await Client.PostAsJsonAsync($"/api/process-instances/{instance}/comments", new { text = "x" })).ReadJsonObjectAsync(HttpStatusCode.Created);
        var businessKey = (await Client.GetObjectAsync($"/api/process-instances/{instance}"))["businessKey"]!.GetValue<string>();

        var row = (await (await As("officer1")).GetItemsAsync($"/api/user-tasks?candidateForMe=true&processInstanceKey={instance}")).Single()!;
        Assert.Equal(businessKey, row["case"]!["caseNumber"]!.GetValue<string>());
        Assert.Equal(businessKey, row["case"]!["businessKey"]!.GetValue<string>());
        Assert.Equal("郑州某餐饮管理有限公司", row["case"]!["partyName"]!.GetValue<string>());
        var task = await TaskAsync(await As("officer1"), taskKey);
        Assert.Equal("郑州某餐饮管理有限公司", task["case"]!["partyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_delegate_fills_the_form_and_hands_the_values_back_to_the_owner()
    {
        var (_, taskKey) = await StartRoundCaseAsync();
        var owner = await As("officer1");
        var delegate_ = await As("officer2");
        await ExpectNoContent(Post(owner, $"/api/user-tasks/{taskKey}/claim"));
        await ExpectNoContent(Post(owner, $"/api/user-tasks/{taskKey}/delegation", new { to = "officer2" }));

        // Only the delegate hands values back; the owner taking the task back sends none.
        var refused = await (await Post(owner, $"/api/user-tasks/{taskKey}/resolution", new { variables = new { opinion = "owner" } })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("variables", refused["field"]!.GetValue<string>());
        var notAField = await (await Post(delegate_, $"/api/user-tasks/{taskKey}/resolution", new { variables = new { reviewPassed = true } })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("reviewPassed", notAField["field"]!.GetValue<string>());
        Assert.Equal("PENDING", (await TaskAsync(owner, taskKey))["delegationState"]!.GetValue<string>());
        await ExpectNoContent(Post(delegate_, $"/api/user-tasks/{taskKey}/resolution", new { variables = new { opinion = "现场检查记录已核对，建议立案" } }));

        var form = await owner.GetObjectAsync($"/api/user-tasks/{taskKey}/form");
        Assert.Equal("现场检查记录已核对，建议立案", form["values"]!["opinion"]!.GetValue<string>());
        var resolved = (await owner.GetItemsAsync($"/api/process-instances/{(await TaskAsync(owner, taskKey))["processInstanceKey"].Key()}/history"))
            .Single(e => e!["event"]!.GetValue<string>() == "VARIABLE_SET" && e["name"]?.GetValue<string>() == "opinion");
        Assert.Equal("officer2", resolved!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_round_of_a_task_opens_with_an_empty_form_not_the_first_rounds_answer()
    {
        var (instance, first) = await StartRoundCaseAsync();
        var officer = await As("officer1");
        await ExpectNoContent(Post(officer, $"/api/user-tasks/{first}/claim"));
        await ExpectNoContent(Post(officer, $"/api/user-tasks/{first}/completion", new { variables = new { opinion = "第一轮：证据不足", again = true } }));

        var second = await OpenTaskKeyAsync(instance);
        Assert.NotEqual(first, second);
        var form = await officer.GetObjectAsync($"/api/user-tasks/{second}/form");
        Assert.Empty(form["values"]!.AsObject());
        // The first round's answer is still the case's, and its own form still shows it.
        Assert.Equal("第一轮：证据不足", (await Client.GetObjectAsync($"/api/process-instances/{instance}"))["variables"]!["opinion"]!.GetValue<string>());
        Assert.Equal("第一轮：证据不足", (await officer.GetObjectAsync($"/api/user-tasks/{first}/form"))["values"]!["opinion"]!.GetValue<string>());
    }
}
