namespace Bpm.Studio.Tests;

/// <summary>A drawn process of one user task between a start and an end event (start → <c>taskId</c> → end), whose
/// extension elements a test writes (assignment, form …): for the designer's properties panel tests.</summary>
internal static class OneUserTaskModel
{
    public static string Xml(string processId, string processName, string taskId, string taskName, string extensions) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="http://bpm.example/test">
          <bpmn:process id="{processId}" name="{processName}" isExecutable="true">
            <bpmn:startEvent id="start" name="开始" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="{taskId}" />
            <bpmn:userTask id="{taskId}" name="{taskName}">
              <bpmn:extensionElements>
                <zeebe:userTask />
                {extensions}
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="{taskId}" targetRef="end" />
            <bpmn:endEvent id="end" name="结束" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="{processId}">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="150" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="{taskId}_di" bpmnElement="{taskId}"><dc:Bounds x="240" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="400" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="186" y="118" /><di:waypoint x="240" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="340" y="118" /><di:waypoint x="400" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
