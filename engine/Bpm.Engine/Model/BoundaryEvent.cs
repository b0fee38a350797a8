namespace Bpm.Engine.Model;

public sealed class BoundaryEvent : FlowNode
{
    public Activity AttachedTo { get; internal set; } = null!;
    public bool CancelActivity { get; init; } = true;
    public required EventDefinition Event { get; init; }
}
