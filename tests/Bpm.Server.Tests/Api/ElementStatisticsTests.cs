using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

/// <summary>The statistics overlay's numbers: per element, instances waiting there, with an open incident there, and
/// having completed it, for one version or all versions of a process.</summary>
public abstract class ElementStatisticsTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    /// <summary>start → route: "a" waits at taskA, "b" at taskB, "c" goes to the check gateway, whose only flow needs
    /// amount &gt; 10 (an incident when it is not).</summary>
    private static string RoutedProcess(string id, string taskName = "A") => TestModels.Process(id, $"""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="route" />
        <bpmn:exclusiveGateway id="route" />
        <bpmn:sequenceFlow id="toA" sourceRef="route" targetRef="taskA">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=path = "a"</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="toB" sourceRef="route" targetRef="taskB">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=path = "b"</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="toCheck" sourceRef="route" targetRef="check">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=path = "c"</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:userTask id="taskA" name="{taskName}"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:userTask id="taskB" name="B"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:exclusiveGateway id="check" />
        <bpmn:sequenceFlow id="aDone" sourceRef="taskA" targetRef="end" />
        <bpmn:sequenceFlow id="bDone" sourceRef="taskB" targetRef="end" />
        <bpmn:sequenceFlow id="checked" sourceRef="check" targetRef="end">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=amount &gt; 10</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:endEvent id="end" />
        """);

    private sealed record Counts(long Active, long Incidents, long Completed);

    [Fact]
    public async Task One_version_counts_waiting_incident_and_completed_instances_per_element()
    {
        var id = UniqueProcessId("stats");
        var v1 = (await Client.DeployAsync(($"{id}.bpmn", RoutedProcess(id))))["processes"]![0]!["processDefinitionKey"].Key();
        var atA = new List<string>();
        for (var i = 0; i < 3; i++) atA.Add((await Client.StartAsync(id, new { path = "a" }))["processInstanceKey"].Key());
        for (var i = 0; i < 2; i++) await Client.StartAsync(id, new { path = "b" });
        await Client.StartAsync(id, new { path = "c", amount = 5 });
        await CompleteTaskAsync(atA[0]);

        var stats = await StatisticsAsync($"/api/process-definitions/{v1}/statistics");

        Assert.Equal(new Counts(0, 0, 6), stats["start"]);
        Assert.Equal(new Counts(0, 0, 6), stats["route"]);
        Assert.Equal(new Counts(2, 0, 1), stats["taskA"]);
        Assert.Equal(new Counts(2, 0, 0), stats["taskB"]);
        Assert.Equal(new Counts(0, 1, 0), stats["check"]);
        Assert.Equal(new Counts(0, 0, 1), stats["end"]);
        Assert.False(stats.ContainsKey(id), "the process itself is not an element of the diagram");
        Assert.Equal(["check", "end", "route", "start", "taskA", "taskB"], stats.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task All_versions_of_a_process_add_up_while_a_version_counts_only_its_own()
    {
        var id = UniqueProcessId("stats-all");
        var v1 = (await Client.DeployAsync(($"{id}.bpmn", RoutedProcess(id))))["processes"]![0]!["processDefinitionKey"].Key();
        await Client.StartAsync(id, new { path = "b" });
        var v2 = (await Client.DeployAsync(($"{id}.bpmn", RoutedProcess(id, "A2"))))["processes"]![0]!["processDefinitionKey"].Key();
        await Client.StartAsync(id, new { path = "b" });
        await Client.StartAsync(id, new { path = "a" });
        Assert.NotEqual(v1, v2);

        var first = await StatisticsAsync($"/api/process-definitions/{v1}/statistics");
        var second = await StatisticsAsync($"/api/process-definitions/{v2}/statistics");
        var all = await StatisticsAsync($"/api/process-definitions/statistics?bpmnProcessId={id}");

        Assert.Equal(new Counts(1, 0, 0), first["taskB"]);
        Assert.False(first.ContainsKey("taskA"));
        Assert.Equal(new Counts(1, 0, 0), second["taskB"]);
        Assert.Equal(new Counts(1, 0, 0), second["taskA"]);
        Assert.Equal(new Counts(2, 0, 0), all["taskB"]);
        Assert.Equal(new Counts(0, 0, 3), all["start"]);
    }

    [Fact]
    public async Task A_cancelled_instance_waits_nowhere_but_keeps_what_it_completed()
    {
        var id = UniqueProcessId("stats-end");
        var key = (await Client.DeployAsync(($"{id}.bpmn", RoutedProcess(id))))["processes"]![0]!["processDefinitionKey"].Key();
        await Client.StartAsync(id, new { path = "c", amount = 5 });
        var cancelled = (await Client.StartAsync(id, new { path = "b" }))["processInstanceKey"].Key();
        Assert.Equal(new Counts(1, 0, 0), (await StatisticsAsync($"/api/process-definitions/{key}/statistics"))["taskB"]);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.PostAsJsonAsync($"/api/process-instances/{cancelled}/cancellation", new { reason = "测试撤销" })).StatusCode);
        var stats = await StatisticsAsync($"/api/process-definitions/{key}/statistics");

        Assert.False(stats.ContainsKey("taskB"));
        Assert.Equal(new Counts(0, 1, 0), stats["check"]);
        Assert.Equal(new Counts(0, 0, 2), stats["start"]);
    }

    [Fact]
    public async Task Unknown_definitions_are_404_and_a_missing_process_id_is_400_naming_it()
    {
        await (await Client.GetAsync("/api/process-definitions/987654321987/statistics")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync("/api/process-definitions/abc/statistics")).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.GetAsync("/api/process-definitions/statistics?bpmnProcessId=no-such-process")).ReadProblemAsync(HttpStatusCode.NotFound);
        var problem = await (await Client.GetAsync("/api/process-definitions/statistics")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("bpmnProcessId", problem["field"]!.GetValue<string>());
    }

    private async Task CompleteTaskAsync(string instanceKey)
    {
        var task = Assert.Single(await Client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}&state=CREATED"))!;
        Assert.Equal(HttpStatusCode.NoContent, (await Client.PostAsync($"/api/user-tasks/{task["userTaskKey"].Key()}/completion", null)).StatusCode);
    }

    private async Task<Dictionary<string, Counts>> StatisticsAsync(string url) =>
        (await Client.GetItemsAsync(url)).Select(item => item!.AsObject()).ToDictionary(
            item => item["elementId"]!.GetValue<string>(),
            item => new Counts(Count(item, "active"), Count(item, "incidents"), Count(item, "completed")));

    private static long Count(JsonObject item, string name) => item[name]!.GetValue<long>();
}
