using Bpm.Engine.Persistence;
using Bpm.Engine.Queries;
using Bpm.Engine.Tests.Behaviour.Flow;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;

namespace Bpm.Engine.Tests.Behaviour.Incidents;

/// <summary>Every kind of incident names the element it stopped at as a person knows it: its kind and name, with the id
/// beside it (服务任务「生成文书」（Task_doc）), exactly once; an element without a name is named by its id.</summary>
public sealed class IncidentMessageNamingTests
{
    private static string Around(string processId, string element, string id, string? extra = null) => Bpmn.ProcessWith(processId,
        """
        <bpmn:error id="Error_decline" name="拒绝" errorCode="DECLINED" />
        <bpmn:message id="Message_reply" name="答复"><bpmn:extensionElements><zeebe:subscription correlationKey="=frobnicate(caseNo)" /></bpmn:extensionElements></bpmn:message>
        """,
        $"""
        <bpmn:startEvent id="start" />
        {element}
        <bpmn:endEvent id="end" />
        {Bpmn.Flow("f_in", "start", id)}
        {extra ?? Bpmn.Flow("f_out", id, "end")}
        """);

    private static async Task<IncidentInfo> IncidentOfAsync(DatabaseProvider provider, string processId, string element, string id, string? extra = null)
    {
        await using var h = await EngineHarness.StartAsync(provider);
        await h.DeployAsync(Around(processId, element, id, extra));
        var key = await h.StartAsync(processId, new { amount = 1, caseNo = "A-1" });
        var incident = Assert.Single(await h.IncidentsAsync(key));
        Assert.Equal(id, incident.ElementId);
        return incident;
    }

    private static void AssertNamedOnce(IncidentInfo incident, string label)
    {
        Assert.StartsWith(label + "：", incident.ErrorMessage, StringComparison.Ordinal);
        var name = label[label.IndexOf('「')..(label.IndexOf('」') + 1)];
        Assert.Equal(1, incident.ErrorMessage.Split(name).Length - 1);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_expression_error_names_the_element_by_name_and_id(DatabaseProvider provider)
    {
        var incident = await IncidentOfAsync(provider, "naming_expression",
            """<bpmn:scriptTask id="Task_fee" name="计算罚款"><bpmn:extensionElements><zeebe:script expression="=frobnicate(amount)" resultVariable="fee" /></bpmn:extensionElements></bpmn:scriptTask>""",
            "Task_fee");
        Assert.Equal("EXTRACT_VALUE_ERROR", incident.ErrorType);
        AssertNamedOnce(incident, "脚本任务「计算罚款」（Task_fee）");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_job_without_retries_names_the_element_by_name_and_id(DatabaseProvider provider)
    {
        var incident = await IncidentOfAsync(provider, "naming_job",
            """<bpmn:serviceTask id="Task_call" name="调用接口"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:fail" retries="1" /></bpmn:extensionElements></bpmn:serviceTask>""",
            "Task_call");
        Assert.Equal("JOB_NO_RETRIES", incident.ErrorType);
        AssertNamedOnce(incident, "服务任务「调用接口」（Task_call）");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_unhandled_error_names_the_element_by_name_and_id(DatabaseProvider provider)
    {
        var incident = await IncidentOfAsync(provider, "naming_unhandled",
            """<bpmn:serviceTask id="Task_pay" name="缴款"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:fail" retries="1" /><zeebe:ioMapping><zeebe:input source="=&quot;DECLINED&quot;" target="errorCode" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>""",
            "Task_pay");
        Assert.Equal("UNHANDLED_ERROR_EVENT", incident.ErrorType);
        AssertNamedOnce(incident, "服务任务「缴款」（Task_pay）");
        Assert.Contains("DECLINED", incident.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_unresolved_message_names_the_element_by_name_and_id(DatabaseProvider provider)
    {
        var incident = await IncidentOfAsync(provider, "naming_message",
            """<bpmn:intermediateCatchEvent id="Event_reply" name="等待答复"><bpmn:messageEventDefinition messageRef="Message_reply" /></bpmn:intermediateCatchEvent>""",
            "Event_reply");
        AssertNamedOnce(incident, "中间捕获事件「等待答复」（Event_reply）");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_decision_error_names_the_element_by_name_and_id(DatabaseProvider provider)
    {
        var incident = await IncidentOfAsync(provider, "naming_decision",
            """<bpmn:businessRuleTask id="Task_rule" name="裁量基准"><bpmn:extensionElements><zeebe:calledDecision decisionId="=&quot;no-such-table&quot;" resultVariable="r" /></bpmn:extensionElements></bpmn:businessRuleTask>""",
            "Task_rule");
        Assert.Equal("CALLED_DECISION_ERROR", incident.ErrorType);
        AssertNamedOnce(incident, "业务规则任务「裁量基准」（Task_rule）");
        Assert.Contains("决策「no-such-table」未部署", incident.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_gateway_without_a_true_condition_names_the_gateway_by_name_and_id(DatabaseProvider provider)
    {
        var incident = await IncidentOfAsync(provider, "naming_condition",
            """<bpmn:exclusiveGateway id="Gateway_major" name="是否重大" />""", "Gateway_major",
            Bpmn.Flow("f_out", "Gateway_major", "end", "=amount > 100"));
        Assert.Equal("CONDITION_ERROR", incident.ErrorType);
        AssertNamedOnce(incident, "排他网关「是否重大」（Gateway_major）");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_missing_called_process_names_the_call_activity_by_name_and_id(DatabaseProvider provider)
    {
        var incident = await IncidentOfAsync(provider, "naming_call",
            """<bpmn:callActivity id="Call_hearing" name="听证程序"><bpmn:extensionElements><zeebe:calledElement processId="naming_missing_child" /></bpmn:extensionElements></bpmn:callActivity>""",
            "Call_hearing");
        Assert.Equal("CALLED_ELEMENT_ERROR", incident.ErrorType);
        AssertNamedOnce(incident, "调用活动「听证程序」（Call_hearing）");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_element_without_a_name_is_named_by_its_id(DatabaseProvider provider)
    {
        var incident = await IncidentOfAsync(provider, "naming_unnamed",
            """<bpmn:scriptTask id="Task_plain"><bpmn:extensionElements><zeebe:script expression="=frobnicate(amount)" resultVariable="fee" /></bpmn:extensionElements></bpmn:scriptTask>""",
            "Task_plain");
        AssertNamedOnce(incident, "脚本任务「Task_plain」");
        Assert.DoesNotContain("（Task_plain）", incident.ErrorMessage, StringComparison.Ordinal);
    }
}
