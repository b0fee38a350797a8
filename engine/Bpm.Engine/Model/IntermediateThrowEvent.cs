namespace Bpm.Engine.Model;

/// <summary>None (pass-through), escalation, link or message throw event.</summary>
public sealed class IntermediateThrowEvent : FlowNode
{
    public EventDefinition? Event { get; init; }
    /// <summary>Message throw events are bound to a contract like send tasks.</summary>
    public TaskDefinition? TaskDefinition { get; init; }
}
