using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

public abstract class FormApiTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private static string Form(string id, params string[] components) =>
        $$"""{ "id": "{{id}}", "type": "default", "schemaVersion": 16, "components": [{{string.Join(",", components)}}] }""";

    private static string Process(string processId, string formId) => TestModels.Process(processId, $"""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="decide" />
            <bpmn:userTask id="decide" name="当场作出处罚决定">
              <bpmn:extensionElements><zeebe:formDefinition formId="{formId}" /><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="decide" targetRef="end" />
            <bpmn:endEvent id="end" />
        """);

    private static readonly string[] DecisionComponents =
    [
        """{ "type": "text", "text": "## 处罚决定" }""",
        """{ "key": "party", "type": "textfield", "label": "当事人", "validate": { "required": true } }""",
        """{ "key": "fineAmount", "type": "number", "label": "罚款金额", "validate": { "required": true, "min": 1, "max": 200 } }""",
        """{ "key": "penaltyType", "type": "select", "label": "处罚种类", "validate": { "required": true }, "values": [ { "label": "警告", "value": "warning" }, { "label": "罚款", "value": "fine" } ] }""",
        """{ "key": "informed", "type": "checkbox", "label": "已告知权利" }""",
    ];

    /// <summary>Deploys the process with a decision form, starts it with a party; returns (form id, instance key, task key).</summary>
    private async Task<(string FormId, string InstanceKey, string TaskKey)> StartDecisionAsync()
    {
        var formId = UniqueProcessId("decision");
        var processId = UniqueProcessId("penalty");
        var deployed = await Client.DeployAsync(($"{processId}.bpmn", Process(processId, formId)), ("decision.form", Form(formId, DecisionComponents)));
        Assert.Equal(1, deployed["forms"]![0]!["version"]!.GetValue<int>());
        var instanceKey = (await Client.StartAsync(processId, new { party = "张三", other = 1 }))["processInstanceKey"].Key();
        var taskKey = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}"))[0]!["userTaskKey"].Key();
        return (formId, instanceKey, taskKey);
    }

    [Fact]
    public async Task Forms_deploy_with_processes_versioned_per_id_and_are_listed_for_the_designer()
    {
        var formId = UniqueProcessId("designer");
        var first = await Client.DeployAsync(("a.form", Form(formId, """{ "key": "a", "type": "textfield" }""")));
        var form = first["forms"]![0]!.AsObject();
        Assert.Equal((formId, 1, "a.form"), (form["formId"]!.GetValue<string>(), form["version"]!.GetValue<int>(), form["resourceName"]!.GetValue<string>()));
        form["formKey"].Key();
        var again = await Client.DeployAsync(("a.form", Form(formId, """{ "key": "a", "type": "textfield" }""")));
        Assert.Equal(form["formKey"]!.GetValue<string>(), again["forms"]![0]!["formKey"]!.GetValue<string>());
        await Client.DeployAsync(("a.form", Form(formId, """{ "key": "b", "type": "textfield" }""")));

        var latest = await Client.GetObjectAsync($"/api/forms/{formId}");
        Assert.Equal(2, latest["version"]!.GetValue<int>());
        Assert.Equal("b", latest["schema"]!["components"]![0]!["key"]!.GetValue<string>());
        var v1 = await Client.GetObjectAsync($"/api/forms/{formId}?version=1");
        Assert.Equal("a", v1["schema"]!["components"]![0]!["key"]!.GetValue<string>());
        Assert.Contains(await Client.GetItemsAsync("/api/forms"), f => f!["formId"]!.GetValue<string>() == formId && f["version"]!.GetValue<int>() == 2);
        await (await Client.GetAsync($"/api/forms/{formId}?version=3")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync("/api/forms/no-such-form")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync($"/api/forms/{formId}?version=0")).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Start_up_deployed_the_forms_of_the_workflows_folder()
    {
        var form = await Client.GetObjectAsync($"/api/forms/{BpmServerFactory.StartupFormId}");
        Assert.Equal(1, form["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_malformed_form_rejects_the_deployment_naming_resource_component_and_line()
    {
        var formId = UniqueProcessId("broken");
        var processId = UniqueProcessId("p");
        var response = await Client.DeployRawAsync(($"{processId}.bpmn", Process(processId, formId)),
            ("broken.form", "{\n  \"id\": \"" + formId + "\",\n  \"components\": [\n    { \"key\": \"a\", \"type\": \"textfield\", \"validate\": { \"requred\": true } },\n    { \"id\": \"k\", \"type\": \"number\" }\n  ]\n}"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsArray();
        Assert.Equal(["a", "k"], errors.Select(e => e!["elementId"]!.GetValue<string>()));
        Assert.All(errors, e => Assert.Equal("broken.form", e!["resourceName"]!.GetValue<string>()));
        Assert.Equal([4, 5], errors.Select(e => e!["line"]!.GetValue<int>()));
        Assert.Empty(await Client.GetItemsAsync($"/api/process-definitions?bpmnProcessId={processId}"));

        var json = await Client.DeployRawAsync(("json.form", "{\n  \"id\": \"x\",\n  \"components\": [ { ]\n}"));
        var jsonError = (await json.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]![0]!;
        Assert.Equal(("json.form", 3), (jsonError["resourceName"]!.GetValue<string>(), jsonError["line"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_process_naming_an_undeployed_form_is_rejected_with_the_element_id()
    {
        var processId = UniqueProcessId("p");
        var problem = await (await Client.DeployRawAsync(($"{processId}.bpmn", Process(processId, "never-deployed-form")))).ReadProblemAsync(HttpStatusCode.BadRequest);
        var error = problem["errors"]![0]!;
        Assert.Equal("decide", error["elementId"]!.GetValue<string>());
        Assert.Contains("never-deployed-form", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_task_form_shows_the_schema_and_current_values()
    {
        var (formId, _, taskKey) = await StartDecisionAsync();
        var form = await Client.GetObjectAsync($"/api/user-tasks/{taskKey}/form");
        Assert.Equal((formId, 1), (form["formId"]!.GetValue<string>(), form["version"]!.GetValue<int>()));
        Assert.Equal(formId, form["schema"]!["id"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "party": "张三" }"""), form["values"]), form["values"]!.ToJsonString());
    }

    [Fact]
    public async Task A_task_without_a_form_is_404_on_its_form()
    {
        var processId = UniqueProcessId("plain");
        await Client.DeployAsync(($"{processId}.bpmn", TestModels.UserTaskProcess(processId)));
        var instanceKey = (await Client.StartAsync(processId))["processInstanceKey"].Key();
        var taskKey = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}"))[0]!["userTaskKey"].Key();
        await (await Client.GetAsync($"/api/user-tasks/{taskKey}/form")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync("/api/user-tasks/987654321987/form")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{ "fineAmount": 100, "penaltyType": "fine" }""", "party")]
    [InlineData("""{ "party": "", "fineAmount": 100, "penaltyType": "fine" }""", "party")]
    [InlineData("""{ "party": "张三", "fineAmount": "一百", "penaltyType": "fine" }""", "fineAmount")]
    [InlineData("""{ "party": "张三", "fineAmount": 500, "penaltyType": "fine" }""", "fineAmount")]
    [InlineData("""{ "party": "张三", "fineAmount": 100, "penaltyType": "拘留" }""", "penaltyType")]
    [InlineData("""{ "party": "张三", "fineAmount": 100, "penaltyType": "fine", "informed": "是" }""", "informed")]
    [InlineData("""{ "party": "张三", "fineAmount": 100, "penaltyType": "fine", "approvedBy": "李四" }""", "approvedBy")]
    public async Task A_bad_submission_is_400_naming_the_field_and_changes_nothing(string variables, string field)
    {
        var (_, instanceKey, taskKey) = await StartDecisionAsync();
        var before = await Client.GetObjectAsync($"/api/process-instances/{instanceKey}");
        var historyBefore = (await Client.GetItemsAsync($"/api/process-instances/{instanceKey}/history")).Count;

        var response = await Client.PostAsJsonAsync($"/api/user-tasks/{taskKey}/completion", new { variables = JsonNode.Parse(variables) });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
        var task = (await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}"))[0]!;
        Assert.Equal("CREATED", task["state"]!.GetValue<string>());
        var after = await Client.GetObjectAsync($"/api/process-instances/{instanceKey}");
        Assert.True(JsonNode.DeepEquals(before, after), $"{before.ToJsonString()} != {after.ToJsonString()}");
        Assert.Equal(historyBefore, (await Client.GetItemsAsync($"/api/process-instances/{instanceKey}/history")).Count);
    }

    [Fact]
    public async Task All_bad_fields_are_listed_and_a_valid_submission_completes()
    {
        var (_, instanceKey, taskKey) = await StartDecisionAsync();
        var response = await Client.PostAsJsonAsync($"/api/user-tasks/{taskKey}/completion",
            new { variables = new { party = 7, fineAmount = 0, extra = true } });
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["party", "fineAmount", "penaltyType", "extra"], problem["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        Assert.Equal("party", problem["field"]!.GetValue<string>());
        await (await Client.PostAsync($"/api/user-tasks/{taskKey}/completion", null)).ReadProblemAsync(HttpStatusCode.BadRequest);

        var completed = await Client.PostAsJsonAsync($"/api/user-tasks/{taskKey}/completion",
            new { variables = new { party = "张三", fineAmount = 150, penaltyType = "fine", informed = true } });
        Assert.Equal(HttpStatusCode.NoContent, completed.StatusCode);
        var instance = await Client.GetObjectAsync($"/api/process-instances/{instanceKey}");
        Assert.Equal("COMPLETED", instance["state"]!.GetValue<string>());
        Assert.Equal(150, instance["variables"]!["fineAmount"]!.GetValue<int>());
    }
}
