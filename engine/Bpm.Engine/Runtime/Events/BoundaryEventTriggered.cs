using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A boundary event of <see cref="Activity"/> fired (a timer or message) or caught a thrown error or escalation,
/// before the activity is interrupted. <see cref="CarriedKey"/> is the reference the new token carries along the flow
/// (an escalation for the task that decides it); a module may replace it.</summary>
internal sealed record BoundaryEventTriggered(InstanceExecution Instance, ElementInstance Activity, BoundaryEvent Boundary, string? Code) : KernelEvent
{
    public long? CarriedKey { get; set; }
}
