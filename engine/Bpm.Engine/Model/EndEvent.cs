namespace Bpm.Engine.Model;

public sealed class EndEvent : FlowNode
{
    /// <summary>None for a plain end event; else Terminate, Error, Escalation, Message, Signal, Compensation.</summary>
    public EventDefinition? Event { get; init; }
    /// <summary>Message end events are bound to a contract like send tasks (zeebe:taskDefinition).</summary>
    public TaskDefinition? TaskDefinition { get; init; }
}
