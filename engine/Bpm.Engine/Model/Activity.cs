namespace Bpm.Engine.Model;

/// <summary>Tasks, sub-processes and call activities: things that can carry boundary events and loops.</summary>
public abstract class Activity : FlowNode
{
    public IReadOnlyList<BoundaryEvent> BoundaryEvents { get; internal set; } = [];
    public MultiInstanceDefinition? MultiInstance { get; init; }
    public SequenceFlow? DefaultFlow { get; internal set; }
}
