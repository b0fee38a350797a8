using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A step in the life of one element instance (<see cref="ElementActivated"/>, <see cref="ElementCompleted"/>).</summary>
public abstract class ElementEvent : KernelEvent
{
    private protected ElementEvent(InstanceExecution instance, ElementInstance element, FlowNode node) =>
        (Instance, Element, Node) = (new(instance), new(element), node);

    public KernelInstance Instance { get; }
    public KernelElement Element { get; }
    /// <summary>The element's node in the deployed model (immutable).</summary>
    public FlowNode Node { get; }
}
