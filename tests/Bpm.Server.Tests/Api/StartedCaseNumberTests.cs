using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

/// <summary>The 案号 of a case travels with the start's answer and with the case list, so the start page can show it to a
/// starter who sees none of the case's tasks (they go to another unit or role).</summary>
public abstract class StartedCaseNumberTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private static string Model(string processId, string numbering) => TestModels.Process(processId, $"""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="number" />
        <bpmn:scriptTask id="number" name="编案号"><bpmn:extensionElements><zeebe:script expression="{numbering}" resultVariable="caseNumber" /></bpmn:extensionElements></bpmn:scriptTask>
        <bpmn:sequenceFlow id="f2" sourceRef="number" targetRef="elsewhere" />
        <bpmn:userTask id="elsewhere" name="他人办理"><bpmn:extensionElements><zeebe:assignmentDefinition assignee="nobody-here" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:sequenceFlow id="f3" sourceRef="elsewhere" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);

    private async Task<(JsonObject Started, JsonObject Listed)> StartAsync(string numbering)
    {
        var id = UniqueProcessId("started-number");
        await Client.DeployAsync(($"{id}.bpmn", Model(id, numbering)));
        var started = await Client.StartAsync(id, new JsonObject());
        var listed = (JsonObject)Assert.Single(await Client.GetItemsAsync($"/api/process-instances?bpmnProcessId={id}"))!;
        return (started, listed);
    }

    [Fact]
    public async Task The_start_answer_and_the_case_list_carry_the_case_number()
    {
        var (started, listed) = await StartAsync("=&quot;金市监罚〔2026〕21号&quot;");

        Assert.Equal("金市监罚〔2026〕21号", (string?)started["caseNumber"]);
        Assert.Equal("金市监罚〔2026〕21号", (string?)listed["caseNumber"]);
    }

    [Fact]
    public async Task A_case_without_a_number_has_none_rather_than_its_key()
    {
        var (started, listed) = await StartAsync("=null");

        Assert.Null((string?)started["caseNumber"]);
        Assert.Null((string?)listed["caseNumber"]);
    }
}
