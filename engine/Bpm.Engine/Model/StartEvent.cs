namespace Bpm.Engine.Model;

public sealed class StartEvent : FlowNode
{
    public EventDefinition? Event { get; init; }
    /// <summary>For start events of event sub-processes: interrupting (the default) or not.</summary>
    public bool IsInterrupting { get; init; } = true;
}
