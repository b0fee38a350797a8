using System.Security;

namespace Bpm.Engine.Tests.Timers;

/// <summary>BPMN fragments with timers of any kind (timeDate, timeDuration, timeCycle).</summary>
public static class TimerBpmn
{
    public static string Definition(string kind, string text) =>
        $"""<bpmn:timerEventDefinition><bpmn:{kind} xsi:type="bpmn:tFormalExpression">{SecurityElement.Escape(text)}</bpmn:{kind}></bpmn:timerEventDefinition>""";

    public static string Start(string id, string kind, string text, bool interrupting = true) =>
        $"""<bpmn:startEvent id="{id}" isInterrupting="{(interrupting ? "true" : "false")}">{Definition(kind, text)}</bpmn:startEvent>""";

    public static string Catch(string id, string kind, string text) =>
        $"""<bpmn:intermediateCatchEvent id="{id}">{Definition(kind, text)}</bpmn:intermediateCatchEvent>""";

    public static string Boundary(string id, string attachedTo, string kind, string text, bool interrupting) =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{attachedTo}" cancelActivity="{(interrupting ? "true" : "false")}">{Definition(kind, text)}</bpmn:boundaryEvent>""";
}
