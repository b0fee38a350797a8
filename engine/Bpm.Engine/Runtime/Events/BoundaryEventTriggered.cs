using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A boundary event of <see cref="Activity"/> fired (a timer or message) or caught a thrown error or escalation,
/// before the activity is interrupted. <see cref="CarriedKey"/> is the reference the new token carries along the flow
/// (e.g. a module's row for the task that decides it, read back on the element the token reaches); a module may replace it.</summary>
public sealed class BoundaryEventTriggered : KernelEvent
{
    internal BoundaryEventTriggered(InstanceExecution instance, ElementInstance activity, BoundaryEvent boundary, string? code) =>
        (Instance, Activity, Boundary, Code) = (new(instance), new(activity), boundary, code);

    public KernelInstance Instance { get; }
    /// <summary>The activity the boundary event is attached to.</summary>
    public KernelElement Activity { get; }
    public BoundaryEvent Boundary { get; }
    /// <summary>The error or escalation code caught; null for a timer or message.</summary>
    public string? Code { get; }
    public long? CarriedKey { get; set; }
}
