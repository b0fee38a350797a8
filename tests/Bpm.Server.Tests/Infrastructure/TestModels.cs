namespace Bpm.Server.Tests.Infrastructure;

/// <summary>BPMN models the tests deploy.</summary>
public static class TestModels
{
    /// <summary>Waits in a receive task for <paramref name="messageName"/>, correlated by the variable caseNumber.</summary>
    public static string ReceiveProcess(string processId, string messageName) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          id="defs_{processId}" targetNamespace="http://bpm.test">
          <bpmn:message id="msg" name="{messageName}">
            <bpmn:extensionElements><zeebe:subscription correlationKey="=caseNumber" /></bpmn:extensionElements>
          </bpmn:message>
          <bpmn:process id="{processId}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:receiveTask id="wait" messageRef="msg" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static string UserTaskProcess(string processId, string name = "Review") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          id="defs_{processId}" targetNamespace="http://bpm.test">
          <bpmn:process id="{processId}" name="{name}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="Review the case">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateGroups="review-team" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A process with the given body (BPMN elements with the bpmn: prefix; zeebe: extensions allowed).</summary>
    public static string Process(string processId, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          id="defs_{processId}" targetNamespace="http://bpm.test">
          <bpmn:process id="{processId}" isExecutable="true">
        {body}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>An exclusive gateway whose only flow needs <c>amount &gt; 10</c>: started with a smaller amount, it raises an incident.</summary>
    public static string GatewayProcess(string processId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          id="defs_{processId}" targetNamespace="http://bpm.test">
          <bpmn:process id="{processId}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="decide" />
            <bpmn:exclusiveGateway id="decide" />
            <bpmn:sequenceFlow id="big" sourceRef="decide" targetRef="end">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=amount &gt; 10</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Not well-formed: the process element is never closed (the error is on a known line).</summary>
    public const string MalformedXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://bpm.test">
          <bpmn:process id="broken" isExecutable="true">
            <bpmn:startEvent id="start">
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Well-formed but invalid: a sequence flow points at an element that does not exist.</summary>
    public const string DanglingFlow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://bpm.test">
          <bpmn:process id="dangling" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="nowhere" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
