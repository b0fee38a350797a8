using System.Security;
using Bpm.Engine.Tests.Engine;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>BPMN fragments for event tests: root elements (errors, escalations, messages), events and (event) sub-processes.</summary>
public static class EventBpmn
{
    public static string Error(string id, string code) => $"""<bpmn:error id="{id}" name="{id}" errorCode="{code}" />""";

    public static string Escalation(string id, string code) => $"""<bpmn:escalation id="{id}" name="{id}" escalationCode="{code}" />""";

    public static string Message(string id, string name, string correlationKey = "=caseNo") => $"""
        <bpmn:message id="{id}" name="{Escape(name)}"><bpmn:extensionElements><zeebe:subscription correlationKey="{Escape(correlationKey)}" /></bpmn:extensionElements></bpmn:message>
        """;

    public static string SubProcess(string id, string body) => $"""<bpmn:subProcess id="{id}">{body}</bpmn:subProcess>""";

    public static string EventSubProcess(string id, string body) => $"""<bpmn:subProcess id="{id}" triggeredByEvent="true">{body}</bpmn:subProcess>""";

    public static string ErrorEnd(string id, string errorRef) =>
        $"""<bpmn:endEvent id="{id}"><bpmn:errorEventDefinition errorRef="{errorRef}" /></bpmn:endEvent>""";

    public static string EscalationEnd(string id, string escalationRef) =>
        $"""<bpmn:endEvent id="{id}"><bpmn:escalationEventDefinition escalationRef="{escalationRef}" /></bpmn:endEvent>""";

    public static string EscalationThrow(string id, string escalationRef) =>
        $"""<bpmn:intermediateThrowEvent id="{id}"><bpmn:escalationEventDefinition escalationRef="{escalationRef}" /></bpmn:intermediateThrowEvent>""";

    public static string TerminateEnd(string id) => $"""<bpmn:endEvent id="{id}"><bpmn:terminateEventDefinition /></bpmn:endEvent>""";

    /// <summary>An error boundary event; without <paramref name="errorRef"/> it catches every error.</summary>
    public static string ErrorBoundary(string id, string attachedTo, string? errorRef = null) =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{attachedTo}"><bpmn:errorEventDefinition{Ref("errorRef", errorRef)} /></bpmn:boundaryEvent>""";

    public static string EscalationBoundary(string id, string attachedTo, string? escalationRef, bool interrupting) =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{attachedTo}" cancelActivity="{Bool(interrupting)}"><bpmn:escalationEventDefinition{Ref("escalationRef", escalationRef)} /></bpmn:boundaryEvent>""";

    public static string MessageBoundary(string id, string attachedTo, string messageRef, bool interrupting) =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{attachedTo}" cancelActivity="{Bool(interrupting)}"><bpmn:messageEventDefinition messageRef="{messageRef}" /></bpmn:boundaryEvent>""";

    public static string TimerBoundary(string id, string attachedTo, string duration, bool interrupting) =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{attachedTo}" cancelActivity="{Bool(interrupting)}"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{Escape(duration)}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""";

    public static string MessageCatch(string id, string messageRef) =>
        $"""<bpmn:intermediateCatchEvent id="{id}"><bpmn:messageEventDefinition messageRef="{messageRef}" /></bpmn:intermediateCatchEvent>""";

    /// <summary>A timer catch event; <paramref name="kind"/> is timeDuration, timeDate or timeCycle.</summary>
    public static string TimerCatch(string id, string kind, string text) =>
        $"""<bpmn:intermediateCatchEvent id="{id}"><bpmn:timerEventDefinition><bpmn:{kind} xsi:type="bpmn:tFormalExpression">{Escape(text)}</bpmn:{kind}></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""";

    public static string ReceiveTask(string id, string messageRef) => $"""<bpmn:receiveTask id="{id}" messageRef="{messageRef}" />""";

    public static string ErrorStart(string id, string? errorRef = null) =>
        $"""<bpmn:startEvent id="{id}"><bpmn:errorEventDefinition{Ref("errorRef", errorRef)} /></bpmn:startEvent>""";

    public static string EscalationStart(string id, string? escalationRef, bool interrupting) =>
        $"""<bpmn:startEvent id="{id}" isInterrupting="{Bool(interrupting)}"><bpmn:escalationEventDefinition{Ref("escalationRef", escalationRef)} /></bpmn:startEvent>""";

    public static string MessageStart(string id, string messageRef, bool interrupting) =>
        $"""<bpmn:startEvent id="{id}" isInterrupting="{Bool(interrupting)}"><bpmn:messageEventDefinition messageRef="{messageRef}" /></bpmn:startEvent>""";

    public static string LinkThrow(string id, string name) =>
        $"""<bpmn:intermediateThrowEvent id="{id}"><bpmn:linkEventDefinition name="{name}" /></bpmn:intermediateThrowEvent>""";

    public static string LinkCatch(string id, string name) =>
        $"""<bpmn:intermediateCatchEvent id="{id}"><bpmn:linkEventDefinition name="{name}" /></bpmn:intermediateCatchEvent>""";

    /// <summary>A service task running bpm:fail; with a code it throws that BPMN error (the code is an input mapping).</summary>
    public static string Fail(string id, string? errorCode, string? message = null)
    {
        var inputs = "";
        if (errorCode is not null) inputs += Input($"=\"{errorCode}\"", "errorCode");
        if (message is not null) inputs += Input($"=\"{message}\"", "message");
        return Bpmn.ServiceTask(id, "bpm:fail", inputs.Length == 0 ? null : $"<zeebe:ioMapping>{inputs}</zeebe:ioMapping>", retries: 1);
    }

    public static string Input(string source, string target) => $"""<zeebe:input source="{Escape(source)}" target="{target}" />""";

    public static string Output(string source, string target) => $"""<zeebe:output source="{Escape(source)}" target="{target}" />""";

    public static string CallActivity(string id, string processId, string? attributes = null, string? mappings = null) =>
        $"""<bpmn:callActivity id="{id}"><bpmn:extensionElements><zeebe:calledElement processId="{processId}"{(attributes is null ? "" : " " + attributes)} />{(mappings is null ? "" : $"<zeebe:ioMapping>{mappings}</zeebe:ioMapping>")}</bpmn:extensionElements></bpmn:callActivity>""";

    public static string ParallelGateway(string id) => $"""<bpmn:parallelGateway id="{id}" />""";

    public static string EventBasedGateway(string id) => $"""<bpmn:eventBasedGateway id="{id}" />""";

    private static string Ref(string attribute, string? value) => value is null ? "" : $" {attribute}=\"{value}\"";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Escape(string text) => SecurityElement.Escape(text)!;
}
