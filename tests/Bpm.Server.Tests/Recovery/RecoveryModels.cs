using System.Globalization;

namespace Bpm.Server.Tests.Recovery;

/// <summary>The BPMN processes the recovery tests run. Service tasks use <c>bpm:delay</c>, which runs as a background
/// job, so a crash can land while the job is running.</summary>
public static class RecoveryModels
{
    public const string WaitProcessId = "recovery-wait";
    public const string JobProcessId = "recovery-job";
    public const string LoadProcessId = "recovery-load";

    /// <summary>The element ids each process passes through, in order.</summary>
    public static readonly string[] WaitElements = ["start", "review", "pause", "end"];
    public static readonly string[] JobElements = ["start", "slow", "after", "end"];
    public static readonly string[] LoadElements = ["start", "mark", "pause", "end"];

    /// <summary>start → user task → 100 ms delay job → end.</summary>
    public static string WaitProcess() => Definitions(WaitProcessId, """
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
        <bpmn:userTask id="review" name="Review after the crash"><bpmn:extensionElements><zeebe:assignmentDefinition candidateUsers="admin" /></bpmn:extensionElements></bpmn:userTask>
        <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="pause" />
        """ + Delay("pause", 100) + """
        <bpmn:sequenceFlow id="f3" sourceRef="pause" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);

    /// <summary>start → long delay job (the crash interrupts it) → script task → end.</summary>
    public static string JobProcess(int delayMilliseconds) => Definitions(JobProcessId, """
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="slow" />
        """ + Delay("slow", delayMilliseconds) + """
        <bpmn:sequenceFlow id="f2" sourceRef="slow" targetRef="after" />
        <bpmn:scriptTask id="after">
          <bpmn:extensionElements>
            <zeebe:script expression="=&quot;done&quot;" resultVariable="outcome" />
          </bpmn:extensionElements>
        </bpmn:scriptTask>
        <bpmn:sequenceFlow id="f3" sourceRef="after" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);

    /// <summary>start → set-variables (inline, in the start request's step) → short delay job → end.</summary>
    public static string LoadProcess() => Definitions(LoadProcessId, """
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="mark" />
        <bpmn:serviceTask id="mark">
          <bpmn:extensionElements>
            <zeebe:taskDefinition type="bpm:set-variables" />
            <zeebe:ioMapping>
              <zeebe:input source="={marked: true}" target="variables" />
            </zeebe:ioMapping>
          </bpmn:extensionElements>
        </bpmn:serviceTask>
        <bpmn:sequenceFlow id="f2" sourceRef="mark" targetRef="pause" />
        """ + Delay("pause", 20) + """
        <bpmn:sequenceFlow id="f3" sourceRef="pause" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);

    private static string Delay(string id, int milliseconds) => $"""
        <bpmn:serviceTask id="{id}">
          <bpmn:extensionElements>
            <zeebe:taskDefinition type="bpm:delay" />
            <zeebe:ioMapping>
              <zeebe:input source="={milliseconds.ToString(CultureInfo.InvariantCulture)}" target="milliseconds" />
            </zeebe:ioMapping>
          </bpmn:extensionElements>
        </bpmn:serviceTask>

        """;

    private static string Definitions(string processId, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          id="defs_{processId}" targetNamespace="http://bpm.test/recovery">
          <bpmn:process id="{processId}" isExecutable="true">
        {body}
          </bpmn:process>
        </bpmn:definitions>
        """;
}
