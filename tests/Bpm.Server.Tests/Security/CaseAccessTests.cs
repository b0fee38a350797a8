using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Security;

/// <summary>Case access beyond the matrix: the list filter runs in the database (paging and total count only visible cases),
/// where a case may be opened, the model's candidate starters, and who-and-why in the history of every case command.</summary>
public abstract class CaseAccessTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private const string Inspection = CaseAccessWorld.Inspection;
    private const string Jinshui = CaseAccessWorld.Jinshui;

    private Task<HttpClient> As(string username) => Factory.CreateAuthenticatedClientAsync(username, CaseAccessWorld.Password);

    /// <summary>A user task offered to the variable <c>candidate</c> (a user), so a case of another unit can have a participant.</summary>
    private async Task<string> DeployAsync(string starters = "")
    {
        var id = UniqueProcessId("cases");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.Process(id, $"""
            {(starters.Length == 0 ? "" : $"<bpmn:extensionElements><zeebe:properties>{starters}</zeebe:properties></bpmn:extensionElements>")}
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="work"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="=candidate" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
            <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
            """)));
        return id;
    }

    private async Task<string> StartAsync(string processId, string unit, string candidate = "nobody") =>
        (await Client.StartAsync(processId, new { organisationId = unit, candidate }))["processInstanceKey"].Key();

    [Fact]
    public async Task The_list_filter_runs_in_the_query_so_paging_and_total_count_only_visible_cases()
    {
        var id = await DeployAsync();
        var mine = new List<string>();
        for (var i = 0; i < 25; i++) await StartAsync(id, Jinshui);
        mine.Add(await StartAsync(id, Inspection));
        for (var i = 0; i < 10; i++) await StartAsync(id, Jinshui);
        mine.Add(await StartAsync(id, Jinshui, candidate: "zhangwei"));   // a case of 金水 he takes part in
        mine.Add(await StartAsync(id, Inspection));
        for (var i = 0; i < 5; i++) await StartAsync(id, Jinshui);

        var zhangwei = await As("zhangwei");
        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await zhangwei.GetObjectAsync($"/api/process-instances?bpmnProcessId={id}&pageSize=1&page={page}");
            Assert.Equal(3, result["total"]!.GetValue<long>());
            seen.AddRange(result["items"]!.AsArray().Select(i => i!["processInstanceKey"].Key()));
        }
        Assert.Equal(mine.AsEnumerable().Reverse(), seen);   // newest first, one per page
        var fourth = await zhangwei.GetObjectAsync($"/api/process-instances?bpmnProcessId={id}&pageSize=1&page=4");
        Assert.Empty(fourth["items"]!.AsArray());
        Assert.Equal(3, fourth["total"]!.GetValue<long>());

        // 金水区's head sees the 41 cases of his unit and not the two of 执法稽查处; 郑州市司法局's supervisor sees all 43.
        Assert.Equal(41, (await (await As("huangzhigang")).GetObjectAsync($"/api/process-instances?bpmnProcessId={id}&pageSize=5"))["total"]!.GetValue<long>());
        Assert.Equal(43, (await (await As("guoxiaoyan")).GetObjectAsync($"/api/process-instances?bpmnProcessId={id}&pageSize=5"))["total"]!.GetValue<long>());
        Assert.Equal(0, (await (await As("hewei")).GetObjectAsync($"/api/process-instances?bpmnProcessId={id}&pageSize=5"))["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_head_opens_cases_at_or_below_his_unit_and_the_organisation_is_written_to_the_instance_and_its_variable()
    {
        var id = await DeployAsync();
        var majianguo = await As("majianguo");
        var below = await (await majianguo.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = id, organisationId = Inspection }))
            .ReadJsonObjectAsync(HttpStatusCode.Created);
        var instance = await Client.GetObjectAsync($"/api/process-instances/{below["processInstanceKey"].Key()}");
        Assert.Equal((Inspection, Inspection, "majianguo"),
            ((string?)instance["organisationId"], (string?)instance["variables"]!["organisationId"], (string?)instance["startedBy"]));

        // The variable counts as the request: an officer may not smuggle another unit in through it.
        var zhangwei = await As("zhangwei");
        var smuggled = await zhangwei.PostAsJsonAsync("/api/process-instances",
            new { bpmnProcessId = id, variables = new { organisationId = Jinshui } });
        Assert.Equal("case-start-organisation", (string?)(await smuggled.ReadProblemAsync(HttpStatusCode.Forbidden))["rule"]);
        var contradicting = await zhangwei.PostAsJsonAsync("/api/process-instances",
            new { bpmnProcessId = id, organisationId = Inspection, variables = new { organisationId = Jinshui } });
        Assert.Equal("organisationId", (string?)(await contradicting.ReadProblemAsync(HttpStatusCode.BadRequest))["field"]);
    }

    [Fact]
    public async Task The_model_names_who_may_start_it()
    {
        var id = await DeployAsync("""
            <zeebe:property name="candidateStarterRoles" value="supervisor" />
            <zeebe:property name="candidateStarterUsers" value="wujing" />
            """);
        var refused = await (await As("zhangwei")).PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = id });
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("process-start-not-allowed", (string?)problem["rule"]);
        Assert.Contains(id, (string)problem["detail"]!);
        await (await (await As("guoxiaoyan")).PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = id })).ReadJsonObjectAsync(HttpStatusCode.Created);
        await (await (await As("wujing")).PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = id })).ReadJsonObjectAsync(HttpStatusCode.Created);
        // A designer named in the model still holds no case role.
        var designerModel = await DeployAsync("""<zeebe:property name="candidateStarterUsers" value="xufan" />""");
        var designer = await (await As("xufan")).PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = designerModel });
        Assert.Equal("case-role", (string?)(await designer.ReadProblemAsync(HttpStatusCode.Forbidden))["rule"]);
        // Groups: the 金水区 officers' group.
        var groupModel = await DeployAsync("""<zeebe:property name="candidateStarterGroups" value="js-scjg-zhifa" />""");
        await (await (await As("wangqiang")).PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = groupModel })).ReadJsonObjectAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As("zhangwei")).PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = groupModel })).StatusCode);
    }

    [Fact]
    public async Task The_start_page_lists_what_each_person_may_start_with_its_category_and_start_form_which_the_start_must_satisfy()
    {
        var id = UniqueProcessId("startable");
        var formId = UniqueProcessId("start-form");
        await Client.DeployAsync(
            ($"{formId}.form", $$"""
                { "id": "{{formId}}", "type": "default", "schemaVersion": 16, "components": [
                  { "key": "partyName", "type": "textfield", "label": "当事人", "validate": { "required": true } } ] }
                """),
            ($"{id}.bpmn", TestModels.Process(id, $"""
                <bpmn:extensionElements><zeebe:properties>
                  <zeebe:property name="candidateStarterRoles" value="supervisor" />
                  <zeebe:property name="category" value="监督检查" />
                </zeebe:properties></bpmn:extensionElements>
                <bpmn:startEvent id="start"><bpmn:extensionElements><zeebe:formDefinition formId="{formId}" /></bpmn:extensionElements></bpmn:startEvent>
                <bpmn:userTask id="work"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements></bpmn:userTask>
                <bpmn:endEvent id="end" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
                <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
                """)));

        var supervisor = await As("guoxiaoyan");
        var listed = (await supervisor.GetItemsAsync("/api/me/startable-processes")).Single(p => (string?)p!["bpmnProcessId"] == id)!;
        Assert.Equal(("监督检查", formId, 1), ((string?)listed["category"], (string?)listed["startFormId"], listed["version"]!.GetValue<int>()));
        Assert.DoesNotContain(await (await As("zhangwei")).GetItemsAsync("/api/me/startable-processes"), p => (string?)p!["bpmnProcessId"] == id);
        Assert.Empty(await (await As("xufan")).GetItemsAsync("/api/me/startable-processes"));
        Assert.Contains(await Client.GetItemsAsync("/api/me/startable-processes"), p => (string?)p!["bpmnProcessId"] == id);

        var form = await supervisor.GetObjectAsync($"/api/process-definitions/{listed["processDefinitionKey"].Key()}/start-form");
        Assert.Equal("partyName", (string?)form["schema"]!["components"]![0]!["key"]);

        var empty = await supervisor.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = id, variables = new { } });
        var problem = await empty.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("partyName", (string?)problem["field"]);
        Assert.Empty(await Client.GetItemsAsync($"/api/process-instances?bpmnProcessId={id}"));
        await (await supervisor.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = id, variables = new { partyName = "某公司" } }))
            .ReadJsonObjectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Every_case_command_records_who_and_why_in_the_history()
    {
        var world = await CaseAccessWorld.OfAsync(Factory);
        var zhangwei = await As("zhangwei");
        var started = await zhangwei.PostAsJsonAsync("/api/process-instances", new { bpmnProcessId = world.ProcessId, variables = new
        {
            group = "zz-scjg-jicha", participants = "nobody", amount = 1, caseNumber = "C-1", decisionNumber = "D-1", party = new { name = "某公司" },
        } });
        var key = (await started.ReadJsonObjectAsync(HttpStatusCode.Created))["processInstanceKey"].Key();
        await WaitForTaskAsync(key);
        var incident = (await Client.GetItemsAsync($"/api/incidents?processInstanceKey={key}&state=ACTIVE"))[0]!["incidentKey"].Key();

        (await zhangwei.PostAsJsonAsync($"/api/process-instances/{key}/deadlines/decision/pause", new { reason = "听证" })).EnsureSuccessStatusCode();
        (await zhangwei.PostAsJsonAsync($"/api/process-instances/{key}/deadlines/decision/resume", new { reason = "听证结束" })).EnsureSuccessStatusCode();
        (await zhangwei.PostAsJsonAsync($"/api/process-instances/{key}/deadlines/decision/extension", new { days = 5, reason = "案情复杂" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await zhangwei.PostAsJsonAsync($"/api/incidents/{incident}/resolution", new { note = "已补录金额" })).StatusCode);
        var noReason = await zhangwei.PostAsJsonAsync($"/api/process-instances/{key}/cancellation", new { });
        Assert.Equal("reason", (string?)(await noReason.ReadProblemAsync(HttpStatusCode.BadRequest))["field"]);
        Assert.Equal(HttpStatusCode.NoContent, (await zhangwei.PostAsJsonAsync($"/api/process-instances/{key}/cancellation", new { reason = "重复立案" })).StatusCode);

        var history = (await zhangwei.GetItemsAsync($"/api/process-instances/{key}/history")).Select(e => e!.AsObject()).ToList();
        JsonObject Entry(string @event, string? elementType = null) =>
            history.Last(e => (string?)e["event"] == @event && (elementType is null || (string?)e["elementType"] == elementType));
        Assert.Equal(("zhangwei", null), By(Entry("ACTIVATED", "process")));
        Assert.Equal(("zhangwei", "听证"), By(Entry("DEADLINE_PAUSED")));
        Assert.Equal(("zhangwei", "听证结束"), By(Entry("DEADLINE_RESUMED")));
        Assert.Equal(("zhangwei", "案情复杂"), By(Entry("DEADLINE_EXTENDED")));
        Assert.Equal(("zhangwei", "已补录金额"), By(history.First(e => (string?)e["event"] == "INCIDENT_RESOLVED")));
        Assert.Equal(("zhangwei", "重复立案"), By(Entry("TERMINATED", "process")));
        Assert.Equal("decision", (string?)Entry("DEADLINE_PAUSED")["name"]);
        Assert.Equal("zhangwei", (string?)history.First(e => (string?)e["event"] == "VARIABLE_SET" && (string?)e["name"] == "organisationId")["by"]);
    }

    private static (string?, string?) By(JsonObject entry) => ((string?)entry["by"], (string?)entry["reason"]);

    private async Task WaitForTaskAsync(string key)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while ((await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={key}&state=CREATED")).Count == 0)
        {
            Assert.True(DateTime.UtcNow < until, $"no task in {key}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_case_that_does_not_exist_is_404_for_everyone_and_a_designer_gets_a_clear_refusal()
    {
        foreach (var user in new[] { "zhangwei", "hewei" })
        {
            var client = await As(user);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/process-instances/123456789")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/process-instances/123456789/cancellation", new { reason = "x" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/incidents/123456789/resolution", new { })).StatusCode);
        }
        var xufan = await As("xufan");
        var refused = await (await xufan.GetAsync("/api/process-instances")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("case-role", (string?)refused["rule"]);
        Assert.Contains("流程设计人员", (string)refused["detail"]!);
        Assert.Equal(HttpStatusCode.OK, (await xufan.GetAsync("/api/process-definitions")).StatusCode);
    }
}

public sealed class CaseAccessSqliteTests(BpmServerFactory<Sqlite> f) : CaseAccessTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class CaseAccessPostgresTests(BpmServerFactory<Postgres> f) : CaseAccessTests(f), IClassFixture<BpmServerFactory<Postgres>>;
