using System.Net;
using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Tests.Api.Deployment;

/// <summary>A corpus of broken resources, one per kind of rule of the BPMN, form and DMN validators and the deployment
/// rules: each is refused with 400 and every error reads in Chinese (no English sentence, see <see cref="EnglishSentence"/>),
/// names the element it is about and keeps its machine fields (elementId, resourceName). Every registered activity's input
/// errors read in Chinese too. The source of every message is checked by <see cref="ValidationMessageSourceTests"/>.</summary>
public abstract class ChineseDeploymentErrorTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private const string ZeebeNs = "http://camunda.org/schema/zeebe/1.0";

    /// <summary>Elements placed after a start event in an executable process; the element with id "x" is the broken one.</summary>
    public static readonly TheoryData<string, string> BrokenElements = new()
    {
        { """<bpmn:complexGateway id="x" />""", "不支持" },
        { """<bpmn:businessRuleTask id="x" />""", "zeebe:calledDecision" },
        { """<bpmn:transaction id="x" />""", "事务子流程" },
        { """<bpmn:serviceTask id="x" name="送达" />""", "「送达」（x）没有任务类型" },
        { """<bpmn:serviceTask id="x"><bpmn:extensionElements><zeebe:taskDefinition type="no-such-activity" /></bpmn:extensionElements></bpmn:serviceTask>""", "没有注册任务类型" },
        { """<bpmn:scriptTask id="x" scriptFormat="javascript"><bpmn:script>next()</bpmn:script></bpmn:scriptTask>""", "脚本格式" },
        { """<bpmn:callActivity id="x" calledElement="other" />""", "被调用流程" },
        { """<bpmn:task id="x"><bpmn:standardLoopCharacteristics /></bpmn:task>""", "循环活动" },
        { """<bpmn:task id="x"><bpmn:multiInstanceLoopCharacteristics /></bpmn:task>""", "多实例" },
        { """<bpmn:task id="x" isForCompensation="true" />""", "补偿" },
        { """<bpmn:receiveTask id="x" />""", "没有消息名称" },
        { """<bpmn:receiveTask id="x" messageRef="nowhere" />""", "没有指向任何 bpmn:message" },
        { """<bpmn:userTask id="x" camunda:assignee="${initiator}" />""", "Camunda 7/Activiti 扩展" },
        { """<bpmn:userTask id="x"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="zhangwei" /><zeebe:formDefinition formId="no-such-form-zh" /></bpmn:extensionElements></bpmn:userTask>""", "表单「no-such-form-zh」" },
        { """<bpmn:userTask id="x"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="zhangwei" /><zeebe:taskHeaders><zeebe:header key="requiresCertificate" value="maybe" /></zeebe:taskHeaders></bpmn:extensionElements></bpmn:userTask>""", "任务头" },
        { """<bpmn:userTask id="x" />""", "没有办理人" },
        { """<bpmn:businessRuleTask id="x"><bpmn:extensionElements><zeebe:calledDecision decisionId="no-such-decision-zh" resultVariable="r" /></bpmn:extensionElements></bpmn:businessRuleTask>""", "决策「no-such-decision-zh」" },
        { """<bpmn:intermediateThrowEvent id="x"><bpmn:signalEventDefinition /></bpmn:intermediateThrowEvent>""", "信号事件" },
        { """<bpmn:intermediateCatchEvent id="x"><bpmn:conditionalEventDefinition /></bpmn:intermediateCatchEvent>""", "条件事件" },
        { """<bpmn:intermediateCatchEvent id="x" />""", "须有事件定义" },
        { """<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "timeCycle" },
        { """<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeDuration>soon</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "ISO 8601 时长" },
        { """<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeDuration>${delay}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "JUEL" },
        { """<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>""", "定时器须有且只有" },
        { """<bpmn:intermediateThrowEvent id="x"><bpmn:messageEventDefinition /></bpmn:intermediateThrowEvent>""", "消息抛出事件" },
        { """<bpmn:intermediateThrowEvent id="x"><bpmn:linkEventDefinition name="nowhere" /></bpmn:intermediateThrowEvent>""", "链接捕获事件" },
        { """<bpmn:intermediateThrowEvent id="x"><bpmn:messageEventDefinition /><bpmn:timerEventDefinition /></bpmn:intermediateThrowEvent>""", "不止一个事件定义" },
        { """<bpmn:intermediateThrowEvent id="x"><bpmn:eventDefinitionRef>shared</bpmn:eventDefinitionRef></bpmn:intermediateThrowEvent>""", "共享的事件定义" },
        { """<bpmn:endEvent id="x"><bpmn:errorEventDefinition /></bpmn:endEvent>""", "errorCode" },
        { """<bpmn:endEvent id="x"><bpmn:errorEventDefinition errorRef="unknown" /></bpmn:endEvent>""", "没有指向任何 bpmn:error" },
        { """<bpmn:endEvent id="x"><bpmn:escalationEventDefinition escalationRef="unknown" /></bpmn:endEvent>""", "没有指向任何 bpmn:escalation" },
        { """<bpmn:endEvent id="x"><bpmn:cancelEventDefinition /></bpmn:endEvent>""", "取消事件" },
        { """<bpmn:eventBasedGateway id="x" instantiate="true" />""", "事件网关" },
        { """<bpmn:sequenceFlow id="x" sourceRef="start" targetRef="nowhere" />""", "不是本流程的节点" },
        { """<bpmn:sequenceFlow id="x" sourceRef="start" />""", "缺少终点" },
        { """<bpmn:boundaryEvent id="x" attachedToRef="start"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""", "不是本流程的活动" },
        { """<bpmn:boundaryEvent id="x"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""", "没有附着" },
        { """<bpmn:subProcess id="x"><bpmn:task id="inner" /></bpmn:subProcess>""", "空开始事件" },
        { """<bpmn:serviceTask id="x"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:log" /><zeebe:ioMapping><zeebe:input source="=(1 +" target="y" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>""", "不是有效的 FEEL" },
        { """<bpmn:serviceTask id="x"><bpmn:extensionElements><zeebe:taskDefinition type="bpm:log" /><zeebe:ioMapping><zeebe:output source="=a" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>""", "source 和 target" },
    };

    [Theory]
    [MemberData(nameof(BrokenElements))]
    public async Task A_broken_bpmn_element_is_refused_in_chinese_naming_the_element(string element, string expected)
    {
        var id = UniqueProcessId("zh-deploy");
        var errors = await RefusedAsync(($"{id}.bpmn", Process(id, element)));
        var error = errors.FirstOrDefault(e => (string?)e["elementId"] == "x" && ((string)e["message"]!).Contains(expected, StringComparison.Ordinal));
        Assert.True(error is not null, $"no error on x containing {expected}: {string.Join("\n", errors.Select(e => e.ToJsonString()))}");
        Assert.Matches("「x」|（x）", (string)error!["message"]!);
        Assert.Equal($"{id}.bpmn", (string?)error["resourceName"]);
    }

    /// <summary>Whole resources that are broken as a file: not XML, not BPMN, no executable process, an unknown kind.</summary>
    public static readonly TheoryData<string, string, string> BrokenFiles = new()
    {
        { "broken.bpmn", "<bpmn:definitions", "不是格式正确的 XML" },
        { "html.bpmn", "<html><body /></html>", "不是 BPMN 2.0 定义文档" },
        { "none.bpmn", """<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p" /></bpmn:definitions>""", "没有可执行的流程" },
        { "notes.txt", "hello", "既不是 BPMN 流程" },
        { "broken.form", "{ \"id\": ", "不是有效的 JSON" },
        { "array.form", "[]", "须为 JSON 对象" },
        { "noid.form", """{ "components": [] }""", "没有 id" },
        { "nokey.form", """{ "id": "zh-nokey", "components": [ { "id": "c1", "type": "textfield" } ] }""", "须有键" },
        { "twice.form", """{ "id": "zh-twice", "components": [ { "key": "a", "type": "textfield" }, { "key": "a", "type": "number" } ] }""", "被不止一个组件使用" },
        { "rule.form", """{ "id": "zh-rule", "components": [ { "key": "a", "type": "textfield", "validate": { "requird": true } } ] }""", "未知的校验规则" },
        { "pattern.form", """{ "id": "zh-pattern", "components": [ { "key": "a", "type": "textfield", "validate": { "pattern": "([" } } ] }""", "不是有效的正则表达式" },
        { "min.form", """{ "id": "zh-min", "components": [ { "key": "a", "type": "number", "validate": { "min": 5, "max": 1 } } ] }""", "大于 validate.max" },
        { "values.form", """{ "id": "zh-values", "components": [ { "key": "a", "type": "select", "values": 3 } ] }""", "选项（values）" },
        { "subtype.form", """{ "id": "zh-subtype", "components": [ { "key": "a", "type": "datetime", "subtype": "week" } ] }""", "子类型「week」未知" },
        { "hide.form", """{ "id": "zh-hide", "components": [ { "key": "a", "type": "textfield", "conditional": { "hide": "=a +" } } ] }""", "隐藏条件" },
        { "rows.form", """{ "id": "zh-rows", "components": [ { "id": "rows", "type": "dynamiclist", "components": [] } ] }""", "须有路径" },
        { "broken.dmn", "<definitions", "不是格式正确的 XML" },
        { "empty.dmn", """<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="n" />""", "没有任何决策" },
        { "logic.dmn", """<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="n"><decision id="zh-nologic" name="无逻辑" /></definitions>""", "既没有决策表" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_resource_is_refused_in_chinese(string name, string content, string expected)
    {
        var errors = await RefusedAsync((name, content));
        Assert.Contains(errors, e => ((string)e["message"]!).Contains(expected, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal(name, (string?)e["resourceName"]));
    }

    [Fact]
    public async Task A_process_defined_twice_in_one_deployment_is_refused_in_chinese()
    {
        var id = UniqueProcessId("zh-twice");
        var errors = await RefusedAsync(($"{id}-a.bpmn", Process(id, "")), ($"{id}-b.bpmn", Process(id, "")));
        Assert.Contains(errors, e => (string?)e["elementId"] == id && ((string)e["message"]!).Contains("定义了不止一次", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_registered_activity_reports_a_missing_or_wrong_input_in_chinese()
    {
        var registry = Factory.Services.GetRequiredService<IActivityRegistry>();
        var invoker = Factory.Services.GetRequiredService<IActivityInvoker>();
        var checkedInputs = 0;
        foreach (var activity in registry.All)
        {
            foreach (var input in activity.Inputs.Where(i => i.Required && i.DefaultValue is null))
            {
                var missing = await Assert.ThrowsAsync<ActivityInputException>(() => invoker.InvokeAsync(activity, Invocation([]), CancellationToken.None));
                AssertChinese(missing.Message, activity.Type);
                checkedInputs++;
                break; // the first required input stops the binding; the others are reached by the wrong-value loop below
            }
            foreach (var input in activity.Inputs.Where(i => i.ValueKind is ActivityValueKind.Number or ActivityValueKind.Boolean or ActivityValueKind.Object or ActivityValueKind.Array))
            {
                var variables = activity.Inputs.ToDictionary(i => i.Name, i => Valid(i), StringComparer.Ordinal);
                variables[input.Name] = JsonValue.Create("不是合适的值");
                var wrong = await Assert.ThrowsAsync<ActivityInputException>(() => invoker.InvokeAsync(activity, Invocation(variables), CancellationToken.None));
                AssertChinese(wrong.Message, activity.Type);
                checkedInputs++;
            }
        }
        Assert.True(checkedInputs > 20, $"only {checkedInputs} inputs of {registry.All.Count} activities were checked");
    }

    private static void AssertChinese(string message, string activityType)
    {
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        Assert.True(EnglishSentence.In(message) is null, $"{activityType}: {message}");
    }

    /// <summary>A value of the input's kind, so only the input under test is wrong (inputs bind in order; an earlier one must not fail).</summary>
    private static JsonNode? Valid(ActivityPropertyDescriptor input) => input.ValueKind switch
    {
        ActivityValueKind.Number => JsonValue.Create(1),
        ActivityValueKind.Boolean => JsonValue.Create(true),
        ActivityValueKind.Object => new JsonObject(),
        ActivityValueKind.Array => new JsonArray(),
        ActivityValueKind.Date => JsonValue.Create("2026-01-05"),
        _ => JsonValue.Create("甲"),
    };

    private static ActivityInvocation Invocation(Dictionary<string, JsonNode?> variables) =>
        new(ProcessInstanceKey: 1, BpmnProcessId: "process", ElementId: "task", ElementInstanceKey: 2, BusinessKey: "BK-1",
            Variables: variables, Headers: new Dictionary<string, string>(), RetriesLeft: 3);

    private async Task<List<JsonObject>> RefusedAsync(params (string Name, string Content)[] files)
    {
        var problem = await (await Client.DeployRawAsync(files)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var detail = (string)problem["detail"]!;
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", detail);
        Assert.True(EnglishSentence.In(detail) is null, detail);
        var errors = problem["errors"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.NotEmpty(errors);
        foreach (var message in errors.Select(e => (string)e["message"]!))
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
            Assert.True(EnglishSentence.In(message) is null, message);
        }
        return errors;
    }

    private static string Process(string id, string element) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="{ZeebeNs}"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs_{id}" targetNamespace="http://bpm.test">
          <bpmn:process id="{id}" name="中文校验" isExecutable="true">
            <bpmn:startEvent id="start" />
            {element}
          </bpmn:process>
        </bpmn:definitions>
        """;
}
