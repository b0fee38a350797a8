using Bpm.Engine.Persistence;
using Bpm.Engine.Queries;
using Bpm.Engine.Tests.Behaviour.Flow;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Behaviour.Incidents;

/// <summary>Every kind of incident names the element it stopped at as a person knows it: its kind and name, with the id
/// beside it (服务任务「调用接口」（Task_call）), exactly once; an element without a name is named by its id.</summary>
public abstract class IncidentMessageNamingTests(DatabaseProvider provider)
{
    /// <summary>An element on which the instance stops with an incident of <c>Type</c>, and how the message must name it.</summary>
    private sealed record Failing(string Element, string Id, string Type, string Label, string? Outgoing = null, string? Cause = null);

    private static readonly Dictionary<string, Failing> Kinds = new()
    {
        ["expression error"] = new(
            """<bpmn:scriptTask id="Task_fee" name="计算罚款"><bpmn:extensionElements><zeebe:script expression="=frobnicate(amount)" resultVariable="fee" /></bpmn:extensionElements></bpmn:scriptTask>""",
            "Task_fee", "EXTRACT_VALUE_ERROR", "脚本任务「计算罚款」（Task_fee）"),
        ["job without retries"] = new(
            """<bpmn:serviceTask id="Task_call" name="调用接口"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:fail" retries="1" /></bpmn:extensionElements></bpmn:serviceTask>""",
            "Task_call", "JOB_NO_RETRIES", "服务任务「调用接口」（Task_call）"),
        ["unhandled error"] = new(
            """<bpmn:serviceTask id="Task_pay" name="缴款"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:fail" retries="1" /><zeebe:ioMapping><zeebe:input source="=&quot;DECLINED&quot;" target="errorCode" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>""",
            "Task_pay", "UNHANDLED_ERROR_EVENT", "服务任务「缴款」（Task_pay）", Cause: "DECLINED"),
        ["unresolved message"] = new(
            """<bpmn:intermediateCatchEvent id="Event_reply" name="等待答复"><bpmn:messageEventDefinition messageRef="Message_reply" /></bpmn:intermediateCatchEvent>""",
            "Event_reply", "EXTRACT_VALUE_ERROR", "中间捕获事件「等待答复」（Event_reply）"),
        ["decision error"] = new(
            """<bpmn:businessRuleTask id="Task_rule" name="裁量基准"><bpmn:extensionElements><zeebe:calledDecision decisionId="=&quot;no-such-table&quot;" resultVariable="r" /></bpmn:extensionElements></bpmn:businessRuleTask>""",
            "Task_rule", "CALLED_DECISION_ERROR", "业务规则任务「裁量基准」（Task_rule）", Cause: "决策「no-such-table」未部署"),
        ["no true condition"] = new(
            """<bpmn:exclusiveGateway id="Gateway_major" name="是否重大" />""",
            "Gateway_major", "CONDITION_ERROR", "排他网关「是否重大」（Gateway_major）", Outgoing: Bpmn.Flow("f_out", "Gateway_major", "end", "=amount > 100")),
        ["missing called process"] = new(
            """<bpmn:callActivity id="Call_hearing" name="听证程序"><bpmn:extensionElements><zeebe:calledElement processId="naming_missing_child" /></bpmn:extensionElements></bpmn:callActivity>""",
            "Call_hearing", "CALLED_ELEMENT_ERROR", "调用活动「听证程序」（Call_hearing）"),
        ["unnamed element"] = new(
            """<bpmn:scriptTask id="Task_plain"><bpmn:extensionElements><zeebe:script expression="=frobnicate(amount)" resultVariable="fee" /></bpmn:extensionElements></bpmn:scriptTask>""",
            "Task_plain", "EXTRACT_VALUE_ERROR", "脚本任务「Task_plain」"),
    };

    public static TheoryData<string> NamedKinds => new(Kinds.Keys.Where(k => k != "unnamed element"));

    private static string Around(string processId, Failing failing) => Bpmn.ProcessWith(processId,
        """
        <bpmn:message id="Message_reply" name="答复"><bpmn:extensionElements><zeebe:subscription correlationKey="=frobnicate(caseNo)" /></bpmn:extensionElements></bpmn:message>
        """,
        $"""
        <bpmn:startEvent id="start" />
        {failing.Element}
        <bpmn:endEvent id="end" />
        {Bpmn.Flow("f_in", "start", failing.Id)}
        {failing.Outgoing ?? Bpmn.Flow("f_out", failing.Id, "end")}
        """);

    private static async Task<IncidentInfo> IncidentOfAsync(DatabaseProvider provider, Failing failing)
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var processId = $"naming_{Guid.NewGuid():N}"[..20];
        await h.DeployAsync(Around(processId, failing));
        var key = await h.StartAsync(processId, new { amount = 1, caseNo = "A-1" });
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal(failing.Id, incident.ElementId);
        Assert.Equal(failing.Type, incident.ErrorType);
        return incident;
    }

    /// <summary>The message leads with the element's label and names it once (no "名称（id）：…「名称」" doubling).</summary>
    private static void AssertNamedOnce(IncidentInfo incident, string label)
    {
        Assert.StartsWith(label + "：", incident.ErrorMessage, StringComparison.Ordinal);
        var name = label[label.IndexOf('「')..(label.IndexOf('」') + 1)];
        Assert.Equal(1, incident.ErrorMessage.Split(name).Length - 1);
    }

    [Theory, MemberData(nameof(NamedKinds))]
    public async Task Each_kind_of_incident_names_its_element_by_name_and_id(string kind)
    {
        var failing = Kinds[kind];

        var incident = await IncidentOfAsync(provider, failing);

        AssertNamedOnce(incident, failing.Label);
        if (failing.Cause is not null) Assert.Contains(failing.Cause, incident.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_element_without_a_name_is_named_by_its_id()
    {
        var incident = await IncidentOfAsync(provider, Kinds["unnamed element"]);

        AssertNamedOnce(incident, "脚本任务「Task_plain」");
        Assert.DoesNotContain("（Task_plain）", incident.ErrorMessage, StringComparison.Ordinal);
    }
}

public sealed class IncidentMessageNamingSqliteTests() : IncidentMessageNamingTests(DatabaseProvider.Sqlite);
public sealed class IncidentMessageNamingPostgresTests() : IncidentMessageNamingTests(DatabaseProvider.Postgres);
