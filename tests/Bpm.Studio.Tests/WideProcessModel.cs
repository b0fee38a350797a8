using System.Text;

namespace Bpm.Studio.Tests;

/// <summary>A process far wider than the screen: a start event, a chain of pass-through tasks and, at its far right end, a
/// user task of the officers (<see cref="WaitingTaskId"/>) where an instance waits. Shapes are 150 px apart, so at the
/// old fit-to-viewport zoom its tasks were drawn a few pixels wide.</summary>
internal static class WideProcessModel
{
    public const string ProcessId = "studio-wide-process";
    public const string ProcessName = "宽幅流程示例";
    public const string WaitingTaskId = "lastReview";
    private const int Steps = 40;

    public static string Xml()
    {
        var process = new StringBuilder();
        var shapes = new StringBuilder();
        process.Append("<bpmn:startEvent id=\"start\" name=\"开始\" />");
        shapes.Append("<bpmndi:BPMNShape id=\"start_di\" bpmnElement=\"start\"><dc:Bounds x=\"100\" y=\"122\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>");
        var previous = "start";
        for (var i = 1; i <= Steps + 1; i++)
        {
            var id = i <= Steps ? $"step{i}" : WaitingTaskId;
            var x = 100 + i * 150;
            process.Append(i <= Steps
                ? $"<bpmn:task id=\"{id}\" name=\"步骤 {i}\" />"
                : $"<bpmn:userTask id=\"{id}\" name=\"最后审查\"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups=\"review-team\" /></bpmn:extensionElements></bpmn:userTask>");
            process.Append($"<bpmn:sequenceFlow id=\"f{i}\" sourceRef=\"{previous}\" targetRef=\"{id}\" />");
            shapes.Append($"<bpmndi:BPMNShape id=\"{id}_di\" bpmnElement=\"{id}\"><dc:Bounds x=\"{x}\" y=\"100\" width=\"100\" height=\"80\" /></bpmndi:BPMNShape>");
            shapes.Append($"<bpmndi:BPMNEdge id=\"f{i}_di\" bpmnElement=\"f{i}\"><di:waypoint x=\"{(i == 1 ? 136 : x - 50)}\" y=\"140\" /><di:waypoint x=\"{x}\" y=\"140\" /></bpmndi:BPMNEdge>");
            previous = id;
        }
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
              xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
              xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="http://bpm.example/test">
              <bpmn:process id="{ProcessId}" name="{ProcessName}" isExecutable="true">{process}</bpmn:process>
              <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="{ProcessId}">{shapes}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;
    }
}
