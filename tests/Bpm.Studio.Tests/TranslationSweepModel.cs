namespace Bpm.Studio.Tests;

/// <summary>A model with one of each element whose properties groups designers open: a user task (assignment, schedule,
/// form) with an escalation boundary event, a timer and a message catch event, a conditional sequence flow and a call
/// activity. It carries its own diagram so every shape sits where the test clicks.</summary>
internal static class TranslationSweepModel
{
    public const string FileName = "translation-sweep.bpmn";

    public static readonly string[] ElementIds = ["review", "overdue", "wait", "ack", "approved", "callFiling"];

    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
          id="defs" targetNamespace="http://bpm.example/test">
          <bpmn:message id="msg_ack" name="受理回执"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseNumber" /></bpmn:extensionElements></bpmn:message>
          <bpmn:escalation id="esc_overdue" name="办理逾期" escalationCode="OVERDUE" />
          <bpmn:process id="translation-sweep" name="界面翻译检查" isExecutable="true">
            <bpmn:startEvent id="start" name="开始" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="审查">
              <bpmn:extensionElements>
                <zeebe:userTask />
                <zeebe:assignmentDefinition candidateGroups="review-team" />
                <zeebe:taskSchedule dueDate="=add working days(today(), 5)" />
                <zeebe:formDefinition formId="simple-penalty-confirmation" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:boundaryEvent id="overdue" name="逾期" attachedToRef="review" cancelActivity="false">
              <bpmn:escalationEventDefinition escalationRef="esc_overdue" />
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait" name="等待一小时">
              <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f3" sourceRef="wait" targetRef="ack" />
            <bpmn:intermediateCatchEvent id="ack" name="等待回执">
              <bpmn:messageEventDefinition messageRef="msg_ack" />
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f4" sourceRef="ack" targetRef="decide" />
            <bpmn:exclusiveGateway id="decide" name="是否通过" default="rejected" />
            <bpmn:sequenceFlow id="approved" name="通过" sourceRef="decide" targetRef="callFiling">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=approved = true</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="rejected" sourceRef="decide" targetRef="endRejected" />
            <bpmn:callActivity id="callFiling" name="备案">
              <bpmn:extensionElements><zeebe:calledElement processId="major-penalty-filing" propagateAllChildVariables="false" /></bpmn:extensionElements>
            </bpmn:callActivity>
            <bpmn:sequenceFlow id="f5" sourceRef="callFiling" targetRef="end" />
            <bpmn:endEvent id="end" name="结束" />
            <bpmn:endEvent id="endRejected" name="不通过" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="translation-sweep">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="review_di" bpmnElement="review"><dc:Bounds x="180" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="overdue_di" bpmnElement="overdue"><dc:Bounds x="242" y="140" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="wait_di" bpmnElement="wait"><dc:Bounds x="330" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="ack_di" bpmnElement="ack"><dc:Bounds x="420" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="decide_di" bpmnElement="decide" isMarkerVisible="true"><dc:Bounds x="510" y="93" width="50" height="50" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="callFiling_di" bpmnElement="callFiling"><dc:Bounds x="700" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="860" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="endRejected_di" bpmnElement="endRejected"><dc:Bounds x="517" y="230" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118" /><di:waypoint x="180" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="280" y="118" /><di:waypoint x="330" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="366" y="118" /><di:waypoint x="420" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4"><di:waypoint x="456" y="118" /><di:waypoint x="510" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="approved_di" bpmnElement="approved"><di:waypoint x="560" y="118" /><di:waypoint x="700" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="rejected_di" bpmnElement="rejected"><di:waypoint x="535" y="143" /><di:waypoint x="535" y="230" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f5_di" bpmnElement="f5"><di:waypoint x="800" y="118" /><di:waypoint x="860" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
