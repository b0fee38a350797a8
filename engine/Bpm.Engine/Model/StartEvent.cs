namespace Bpm.Engine.Model;

public sealed class StartEvent : FlowNode
{
    public EventDefinition? Event { get; init; }
    /// <summary>For start events of event sub-processes: interrupting (the default) or not.</summary>
    public bool IsInterrupting { get; init; } = true;
    /// <summary>The form a person fills in to start the process (<c>zeebe:formDefinition formId</c> on a none start event).</summary>
    public string? FormId { get; init; }
}
