using Bpm.Engine.Expressions;

namespace Bpm.Engine.Model;

public enum EventKind { None, Message, Timer, Error, Escalation, Terminate, Link, Signal, Conditional, Compensation }

/// <summary>The trigger of an event. Only the members of its <see cref="Kind"/> are set.</summary>
public sealed class EventDefinition
{
    public required EventKind Kind { get; init; }
    /// <summary>Error: bpmn:error errorCode (null = catch-all on catch events). Escalation: escalationCode (null = catch-all).</summary>
    public string? Code { get; init; }
    /// <summary>Error end events may carry a FEEL error message (zeebe extension is not standard; kept for completeness).</summary>
    public string? ErrorName { get; init; }
    /// <summary>Message: the message name (may be an expression: =...). Signal: the signal name. Link: the link name.</summary>
    public string? Name { get; init; }
    public FeelExpression? MessageNameExpression { get; init; }
    /// <summary>Message catch: zeebe:subscription correlationKey.</summary>
    public FeelExpression? CorrelationKey { get; init; }
    public TimerDefinition? Timer { get; init; }
}
