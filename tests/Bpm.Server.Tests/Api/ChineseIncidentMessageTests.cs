using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

/// <summary>What an operator reads on an incident is Chinese: expression, calendar-function, multi-instance, call-activity
/// and timer failures name the element and the cause in Chinese, with no English sentence (identifiers and FEEL
/// snippets aside, see <see cref="EnglishSentence"/>).</summary>
public abstract class ChineseIncidentMessageTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    public static readonly TheoryData<string, string, string> Failures = new()
    {
        {
            """<bpmn:scriptTask id="work"><bpmn:extensionElements><zeebe:script expression="=addWorkingDays(&quot;not a date&quot;, 7)" resultVariable="due" /></bpmn:extensionElements></bpmn:scriptTask>""",
            """{}""", "不是 ISO 日期"
        },
        {
            """<bpmn:scriptTask id="work"><bpmn:extensionElements><zeebe:script expression="=person" resultVariable="r" /></bpmn:extensionElements><bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=people" inputElement="person" /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:scriptTask>""",
            """{"people":"ann,bob"}""", "须为列表"
        },
        {
            """<bpmn:callActivity id="work"><bpmn:extensionElements><zeebe:calledElement processId="=child" /></bpmn:extensionElements></bpmn:callActivity>""",
            """{"child":"no-such-child-process"}""", "尚未部署"
        },
        {
            """<bpmn:intermediateCatchEvent id="work"><bpmn:timerEventDefinition><bpmn:timeDuration>=wait</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""",
            """{"wait":"soon"}""", "定时器"
        },
        {
            """<bpmn:scriptTask id="work"><bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=workingDaysBetween(date(&quot;2025-09-26&quot;), 3)" target="days" /></zeebe:ioMapping><zeebe:script expression="=days" resultVariable="r" /></bpmn:extensionElements></bpmn:scriptTask>""",
            """{}""", "输入映射"
        },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task An_incident_reads_in_chinese_naming_its_cause(string element, string variables, string cause)
    {
        var id = UniqueProcessId("zh-incident");
        await Client.DeployAsync(($"{id}.bpmn", Model(id, element)));
        var key = (await Client.StartAsync(id, JsonNode.Parse(variables)!))["processInstanceKey"].Key();

        var instance = await Client.GetObjectAsync($"/api/process-instances/{key}");
        var incident = Assert.Single(instance["incidents"]!.AsArray())!;
        Assert.Equal("work", (string?)incident["elementId"]);
        var message = (string)incident["errorMessage"]!;
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        Assert.Contains(cause, message, StringComparison.Ordinal);
        Assert.Null(EnglishSentence.In(message));
    }

    private static string Model(string processId, string element) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          id="defs_{processId}" targetNamespace="http://bpm.test">
          <bpmn:process id="{processId}" name="中文事件消息" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
            {element}
            <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
