using System.Security;
using Bpm.Engine.Tests.Engine;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Deadlines;

/// <summary>Models that start the named deadline <c>decision</c> and wait on it.</summary>
public static class DeadlineBpmn
{
    public const string Due = "=deadlines.decision.due";

    /// <summary>A deadline "decision" that may be extended by up to 30 days in all (an undeclared maximum would be its own length).</summary>
    public static string StartDeadline(string id, int days, string unit = "WORKING") => Bpmn.ServiceTask(id, "bpm:start-deadline",
        $"""<zeebe:ioMapping><zeebe:input source="=&quot;decision&quot;" target="name" /><zeebe:input source="={days}" target="days" /><zeebe:input source="=&quot;{unit}&quot;" target="unit" /><zeebe:input source="=30" target="maxExtensionDays" /></zeebe:ioMapping>""");

    /// <summary>start → deadline → user task "decide" (due date and interrupting boundary timer at the deadline) → end; the
    /// timer leads to "timedOut".</summary>
    public static string TaskWithTimer(string processId, int days, string unit = "WORKING") => Bpmn.Process(processId, $"""
        <bpmn:startEvent id="start" />
        {StartDeadline("deadline", days, unit)}
        {Bpmn.UserTask("decide", $"""<zeebe:taskSchedule dueDate="{SecurityElement.Escape(Due)}" />""")}
        {Boundary("timer", "decide", "timeDate", Due, interrupting: true)}
        <bpmn:endEvent id="end" />
        <bpmn:endEvent id="timedOut" />
        {Bpmn.Chain("start", "deadline", "decide", "end")}
        {Bpmn.Flow("f_timer", "timer", "timedOut")}
        """);

    /// <summary>start → deadline → user task "hearing" → timer catch event at the deadline → end.</summary>
    public static string CatchAfterTask(string processId, int days) => Bpmn.Process(processId, $"""
        <bpmn:startEvent id="start" />
        {StartDeadline("deadline", days)}
        {Bpmn.UserTask("hearing")}
        {Catch("wait", "timeDate", Due)}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "deadline", "hearing", "wait", "end")}
        """);

    /// <summary>start → deadline → event-based gateway → the deadline timer ("late") or a one-year timer ("never") → ends.</summary>
    public static string GatewayRace(string processId, int days) => Bpmn.Process(processId, $"""
        <bpmn:startEvent id="start" />
        {StartDeadline("deadline", days)}
        <bpmn:eventBasedGateway id="race" />
        {Catch("late", "timeDate", Due)}
        {Catch("never", "timeDuration", "P1Y")}
        <bpmn:endEvent id="endLate" />
        <bpmn:endEvent id="endNever" />
        {Bpmn.Chain("start", "deadline", "race", "late", "endLate")}
        {Bpmn.Flow("f_never", "race", "never")}
        {Bpmn.Flow("f_never_end", "never", "endNever")}
        """);
}
