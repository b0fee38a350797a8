using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

/// <summary>DMN decisions over HTTP: deployment beside BPMN (versioned, validated), business rule tasks, the evaluation
/// API and who may use it.</summary>
public abstract class DecisionApiTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private const string DemoPassword = "Demo@2026";

    /// <summary>A UNIQUE fine table over severity 情节 (the allowed values) and first offence; 较重 and 严重 overlap for a
    /// repeat offender on purpose (rules 3 and 4), so that a violation can be provoked.</summary>
    private static string FineTable(string decisionId, string severeAmount = "50000", string seriousLevels = "\"较重\",\"严重\"") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="drg_{decisionId}" name="罚款基准" namespace="http://bpm.test">
          <decision id="{decisionId}" name="罚款基准">
            <decisionTable id="t_{decisionId}" hitPolicy="UNIQUE">
              <input id="i1" label="情节">
                <inputExpression><text>severity</text></inputExpression>
                <inputValues><text>"轻微","一般","较重","严重"</text></inputValues>
              </input>
              <input id="i2" label="初次违法"><inputExpression><text>firstOffence</text></inputExpression></input>
              <output id="o1" name="amount" label="罚款"/>
              <output id="o2" name="band" label="档次"/>
              <annotation name="依据"/>
              <rule id="minor"><inputEntry><text>"轻微"</text></inputEntry><inputEntry><text>true</text></inputEntry>
                <outputEntry><text>0</text></outputEntry><outputEntry><text>"不予处罚"</text></outputEntry>
                <annotationEntry><text>《行政处罚法》第三十三条第一款</text></annotationEntry></rule>
              <rule id="general"><inputEntry><text>"一般"</text></inputEntry><inputEntry><text>-</text></inputEntry>
                <outputEntry><text>5000</text></outputEntry><outputEntry><text>"一般"</text></outputEntry>
                <annotationEntry><text>基准</text></annotationEntry></rule>
              <rule id="serious"><inputEntry><text>{seriousLevels}</text></inputEntry><inputEntry><text>false</text></inputEntry>
                <outputEntry><text>20000</text></outputEntry><outputEntry><text>"从重"</text></outputEntry>
                <annotationEntry><text>基准</text></annotationEntry></rule>
              <rule id="severe"><inputEntry><text>"严重"</text></inputEntry><inputEntry><text>-</text></inputEntry>
                <outputEntry><text>{severeAmount}</text></outputEntry><outputEntry><text>"从重"</text></outputEntry>
                <annotationEntry><text>基准</text></annotationEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;

    private static string RuleTaskProcess(string processId, string decisionId) => TestModels.Process(processId, $"""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="benchmark" />
        <bpmn:businessRuleTask id="benchmark" name="适用裁量基准">
          <bpmn:extensionElements><zeebe:calledDecision decisionId="{decisionId}" resultVariable="penalty" /></bpmn:extensionElements>
        </bpmn:businessRuleTask>
        <bpmn:sequenceFlow id="f2" sourceRef="benchmark" targetRef="decide" />
        <bpmn:userTask id="decide" name="决定"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:sequenceFlow id="f3" sourceRef="decide" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);

    [Fact]
    public async Task A_dmn_file_deploys_beside_bpmn_versioned_per_decision_id_and_unchanged_content_keeps_its_version()
    {
        var id = UniqueProcessId("fine");
        var first = (await Client.DeployAsync(($"{id}.dmn", FineTable(id))))["decisions"]![0]!;
        Assert.Equal(id, first["decisionId"]!.GetValue<string>());
        Assert.Equal(1, first["version"]!.GetValue<int>());
        Assert.Equal($"drg_{id}", first["decisionRequirementsId"]!.GetValue<string>());

        var again = (await Client.DeployAsync(($"{id}.dmn", FineTable(id))))["decisions"]![0]!;
        Assert.Equal(1, again["version"]!.GetValue<int>());
        Assert.Equal(first["decisionKey"].Key(), again["decisionKey"].Key());

        var changed = (await Client.DeployAsync(($"{id}.dmn", FineTable(id, "100000"))))["decisions"]![0]!;
        Assert.Equal(2, changed["version"]!.GetValue<int>());

        var latest = (await Client.GetItemsAsync("/api/decision-definitions")).Where(d => (string?)d!["decisionId"] == id).ToList();
        Assert.Equal(2, Assert.Single(latest)!["version"]!.GetValue<int>());
        var versions = await Client.GetItemsAsync($"/api/decision-definitions?decisionId={id}");
        Assert.Equal([2, 1], versions.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal(2, (await Client.GetItemsAsync("/api/decision-definitions?allVersions=true")).Count(d => (string?)d!["decisionId"] == id));

        var xml = await (await Client.GetAsync($"/api/decision-definitions/{first["decisionKey"].Key()}/xml")).Content.ReadAsStringAsync();
        Assert.Contains("<outputEntry><text>50000</text></outputEntry>", xml, StringComparison.Ordinal);
        var info = await Client.GetObjectAsync($"/api/decision-definitions/{changed["decisionKey"].Key()}");
        Assert.Equal($"{id}.dmn", info["resourceName"]!.GetValue<string>());
        await (await Client.GetAsync("/api/decision-definitions/987654321987/xml")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_invalid_table_is_refused_with_a_problem_naming_the_decision_the_rule_the_entry_and_the_line()
    {
        var id = UniqueProcessId("bad");
        var xml = FineTable(id).Replace("<inputEntry><text>\"一般\"</text>", "<inputEntry><text>[1..</text>", StringComparison.Ordinal);
        var problem = await (await Client.DeployRawAsync(($"{id}.dmn", xml))).ReadProblemAsync(HttpStatusCode.BadRequest);
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        var message = error["message"]!.GetValue<string>();
        Assert.Contains($"决策 '{id}'（罚款基准）", message, StringComparison.Ordinal);
        Assert.Contains("规则 'general'（第 2 条）第 1 个输入条目 \"[1..\"", message, StringComparison.Ordinal);
        Assert.Equal(16, error["line"]!.GetValue<int>());
        Assert.Equal($"{id}.dmn", error["resourceName"]!.GetValue<string>());
        Assert.Contains("规则 'general'", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await Client.GetItemsAsync($"/api/decision-definitions?decisionId={id}")));
    }

    [Fact]
    public async Task A_business_rule_task_naming_no_deployed_decision_is_refused_at_deployment()
    {
        var id = UniqueProcessId("brt-missing");
        var problem = await (await Client.DeployRawAsync(($"{id}.bpmn", RuleTaskProcess(id, "no-such-decision")))).ReadProblemAsync(HttpStatusCode.BadRequest);
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal("benchmark", error["elementId"]!.GetValue<string>());
        Assert.Contains("业务规则任务「适用裁量基准」（benchmark）引用的决策「no-such-decision」", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_business_rule_task_puts_the_result_in_its_variable_and_records_the_evaluation()
    {
        var id = UniqueProcessId("brt");
        await Client.DeployAsync(($"{id}.dmn", FineTable(id)), ($"{id}.bpmn", RuleTaskProcess(id, id)));
        var instanceKey = (await Client.StartAsync(id, new { severity = "一般", firstOffence = true }))["processInstanceKey"].Key();

        var instance = await Client.GetObjectAsync($"/api/process-instances/{instanceKey}");
        Assert.Equal(5000, instance["variables"]!["penalty"]!["amount"]!.GetValue<int>());
        Assert.Equal("一般", instance["variables"]!["penalty"]!["band"]!.GetValue<string>());
        var evaluated = Assert.Single(await Client.GetItemsAsync($"/api/process-instances/{instanceKey}/history"),
            e => e!["event"]!.GetValue<string>() == "DECISION_EVALUATED")!;
        Assert.Equal("benchmark", evaluated["elementId"]!.GetValue<string>());
        var record = evaluated["value"]!;
        Assert.Equal(id, record["decisionId"]!.GetValue<string>());
        Assert.Equal(1, record["version"]!.GetValue<int>());
        Assert.Equal("一般", record["inputs"]![0]!["value"]!.GetValue<string>());
        var rule = Assert.Single(record["matchedRules"]!.AsArray())!;
        Assert.Equal("general", rule["ruleId"]!.GetValue<string>());
        Assert.Equal(2, rule["index"]!.GetValue<int>());
        Assert.Equal("基准", rule["annotations"]!["依据"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_decision_id_expression_chooses_the_table_from_the_variables_at_run_time_and_an_unknown_one_is_an_incident()
    {
        var id = UniqueProcessId("brt-chosen");
        await Client.DeployAsync(($"{id}.bpmn", RuleTaskProcess(id, "=chosenTable")));
        await Client.DeployAsync(($"{id}-a.dmn", FineTable($"{id}-a")), ($"{id}-b.dmn", FineTable($"{id}-b", "90000")));

        var severe = (await Client.StartAsync(id, new { chosenTable = $"{id}-b", severity = "严重", firstOffence = true }))["processInstanceKey"].Key();
        Assert.Equal(90000, (await Client.GetObjectAsync($"/api/process-instances/{severe}"))["variables"]!["penalty"]!["amount"]!.GetValue<int>());
        var evaluated = Assert.Single(await Client.GetItemsAsync($"/api/process-instances/{severe}/history"),
            e => e!["event"]!.GetValue<string>() == "DECISION_EVALUATED")!;
        Assert.Equal($"{id}-b", evaluated["value"]!["decisionId"]!.GetValue<string>());

        var unknown = (await Client.StartAsync(id, new { chosenTable = "no-such-table", severity = "一般" }))["processInstanceKey"].Key();
        var incident = Assert.Single(await Client.GetItemsAsync($"/api/incidents?processInstanceKey={unknown}&state=ACTIVE"))!;
        Assert.Equal("CALLED_DECISION_ERROR", incident["errorType"]!.GetValue<string>());
        Assert.Contains("决策「no-such-table」未部署", incident["errorMessage"]!.GetValue<string>(), StringComparison.Ordinal);

        var none = (await Client.StartAsync(id, new { severity = "一般" }))["processInstanceKey"].Key();
        var noId = Assert.Single(await Client.GetItemsAsync($"/api/incidents?processInstanceKey={none}&state=ACTIVE"))!;
        Assert.Contains("的结果不是决策 id", noId["errorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_violated_hit_policy_raises_an_incident_naming_the_rules_and_the_latest_version_is_used()
    {
        var id = UniqueProcessId("brt-unique");
        await Client.DeployAsync(($"{id}.dmn", FineTable(id)), ($"{id}.bpmn", RuleTaskProcess(id, id)));
        await Client.DeployAsync(($"{id}.dmn", FineTable(id, "80000")));
        var instanceKey = (await Client.StartAsync(id, new { severity = "严重", firstOffence = false }))["processInstanceKey"].Key();

        var incident = Assert.Single(await Client.GetItemsAsync($"/api/incidents?processInstanceKey={instanceKey}&state=ACTIVE"))!;
        Assert.Equal("CALLED_DECISION_ERROR", incident["errorType"]!.GetValue<string>());
        var message = incident["errorMessage"]!.GetValue<string>();
        Assert.Contains("规则 'serious'（第 3 条）和规则 'severe'（第 4 条）同时匹配", message, StringComparison.Ordinal);
        Assert.Contains("第 2 版", message, StringComparison.Ordinal);

        var fine = (await Client.StartAsync(id, new { severity = "严重", firstOffence = true }))["processInstanceKey"].Key();
        Assert.Equal(80000, (await Client.GetObjectAsync($"/api/process-instances/{fine}"))["variables"]!["penalty"]!["amount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Resolving_the_incident_after_deploying_a_corrected_table_evaluates_the_new_version()
    {
        var id = UniqueProcessId("brt-fix");
        await Client.DeployAsync(($"{id}.dmn", FineTable(id)), ($"{id}.bpmn", RuleTaskProcess(id, id)));
        var instanceKey = (await Client.StartAsync(id, new { severity = "严重", firstOffence = false }))["processInstanceKey"].Key();
        var incident = Assert.Single(await Client.GetItemsAsync($"/api/incidents?processInstanceKey={instanceKey}&state=ACTIVE"))!;

        await Client.DeployAsync(($"{id}.dmn", FineTable(id, seriousLevels: "\"较重\"")));
        Assert.Equal(HttpStatusCode.NoContent,
            (await Client.PostAsJsonAsync($"/api/incidents/{incident["incidentKey"].Key()}/resolution", new { note = "基准已更正" })).StatusCode);

        var instance = await Client.GetObjectAsync($"/api/process-instances/{instanceKey}");
        Assert.Equal(50000, instance["variables"]!["penalty"]!["amount"]!.GetValue<int>());
        Assert.Empty(await Client.GetItemsAsync($"/api/incidents?processInstanceKey={instanceKey}&state=ACTIVE"));
        var evaluated = Assert.Single(await Client.GetItemsAsync($"/api/process-instances/{instanceKey}/history"),
            e => e!["event"]!.GetValue<string>() == "DECISION_EVALUATED")!;
        Assert.Equal(2, evaluated["value"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Evaluation_returns_the_result_and_the_matched_rules_of_the_latest_or_a_given_version()
    {
        var id = UniqueProcessId("eval");
        await Client.DeployAsync(($"{id}.dmn", FineTable(id)));
        await Client.DeployAsync(($"{id}.dmn", FineTable(id, "90000")));

        var latest = await (await Client.PostAsJsonAsync($"/api/decision-definitions/{id}/evaluation",
            new { variables = new { severity = "严重", firstOffence = true } })).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal(2, latest["version"]!.GetValue<int>());
        Assert.Equal(id, latest["decisionId"]!.GetValue<string>());
        Assert.Equal(90000, latest["result"]!["amount"]!.GetValue<int>());
        var rule = Assert.Single(latest["matchedRules"]!.AsArray())!;
        Assert.Equal("severe", rule["ruleId"]!.GetValue<string>());
        Assert.Equal(4, rule["index"]!.GetValue<int>());
        Assert.Equal(90000, rule["outputs"]!["amount"]!.GetValue<int>());

        var first = await (await Client.PostAsJsonAsync($"/api/decision-definitions/{id}/evaluation",
            new { version = 1, variables = new { severity = "严重", firstOffence = true } })).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal(50000, first["result"]!["amount"]!.GetValue<int>());

        var none = await (await Client.PostAsJsonAsync($"/api/decision-definitions/{id}/evaluation",
            new { variables = new { severity = "轻微", firstOffence = false } })).ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Null(none["result"]);
        Assert.Empty(none["matchedRules"]!.AsArray());
    }

    [Fact]
    public async Task Evaluation_problems_are_404_422_and_400_in_Chinese()
    {
        var id = UniqueProcessId("eval-bad");
        await Client.DeployAsync(($"{id}.dmn", FineTable(id)));
        var missing = await (await Client.PostAsJsonAsync("/api/decision-definitions/no-such-decision/evaluation", new { })).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("决策 'no-such-decision' 未部署", missing["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await (await Client.PostAsJsonAsync($"/api/decision-definitions/{id}/evaluation", new { version = 7 })).ReadProblemAsync(HttpStatusCode.NotFound);

        var violated = await (await Client.PostAsJsonAsync($"/api/decision-definitions/{id}/evaluation",
            new { variables = new { severity = "严重", firstOffence = false } })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("命中策略 UNIQUE", violated["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(id, violated["decisionId"]!.GetValue<string>());

        var outside = await (await Client.PostAsJsonAsync($"/api/decision-definitions/{id}/evaluation",
            new { variables = new { severity = "特别严重" } })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("输入列 '情节' 的值 特别严重 不在取值列表", outside["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var badVersion = await (await Client.PostAsJsonAsync($"/api/decision-definitions/{id}/evaluation", new { version = 0 })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("version", badVersion["field"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("zhangwei", true)]
    [InlineData("wujing", true)]
    [InlineData("yangfan", true)]
    [InlineData("xufan", true)]
    [InlineData("admin", true)]
    [InlineData("guoxiaoyan", false)]
    public async Task Evaluation_is_for_officers_reviewers_heads_designers_and_admin_and_every_person_reads_the_tables(string user, bool evaluates)
    {
        var id = UniqueProcessId("roles");
        await Client.DeployAsync(($"{id}.dmn", FineTable(id)));
        using var client = await Factory.CreateAuthenticatedClientAsync(user, user == "admin" ? "admin" : DemoPassword);

        var response = await client.PostAsJsonAsync($"/api/decision-definitions/{id}/evaluation", new { variables = new { severity = "一般" } });
        if (evaluates) Assert.Equal(5000, (await response.ReadJsonObjectAsync(HttpStatusCode.OK))["result"]!["amount"]!.GetValue<int>());
        else Assert.Equal("decision-evaluation-role", (await response.ReadProblemAsync(HttpStatusCode.Forbidden))["rule"]!.GetValue<string>());

        var versions = await client.GetItemsAsync($"/api/decision-definitions?decisionId={id}");
        Assert.Equal(200, (int)(await client.GetAsync($"/api/decision-definitions/{versions[0]!["key"].Key()}/xml")).StatusCode);
    }

    [Theory]
    [InlineData("xufan", true)]
    [InlineData("admin", true)]
    [InlineData("zhangwei", false)]
    [InlineData("yangfan", false)]
    public async Task Only_designers_and_admin_deploy_decisions_and_the_list_names_who_deployed_each_version(string user, bool deploys)
    {
        var id = UniqueProcessId("deployer");
        using var client = await Factory.CreateAuthenticatedClientAsync(user, user == "admin" ? "admin" : DemoPassword);
        var response = await client.DeployRawAsync(($"{id}.dmn", FineTable(id)));
        if (!deploys)
        {
            Assert.Equal("designer-role", (await response.ReadProblemAsync(HttpStatusCode.Forbidden))["rule"]!.GetValue<string>());
            return;
        }
        Assert.Equal(id, (await response.ReadJsonObjectAsync(HttpStatusCode.OK))["decisions"]![0]!["decisionId"]!.GetValue<string>());
        await Client.DeployAsync(($"{id}.dmn", FineTable(id, "70000")));

        var versions = await Client.GetItemsAsync($"/api/decision-definitions?decisionId={id}");
        Assert.Equal(["admin", user], versions.Select(v => v!["deployedBy"]!.GetValue<string>()));
        Assert.Equal(user, (await Client.GetObjectAsync($"/api/decision-definitions/{versions[1]!["key"].Key()}"))["deployedBy"]!.GetValue<string>());
    }
}

public sealed class DecisionApiSqliteTests(BpmServerFactory<Sqlite> f) : DecisionApiTests(f), IClassFixture<BpmServerFactory<Sqlite>>;
public sealed class DecisionApiPostgresTests(BpmServerFactory<Postgres> f) : DecisionApiTests(f), IClassFixture<BpmServerFactory<Postgres>>;
