using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A step in the life of one element instance (<see cref="ElementActivated"/>, <see cref="ElementCompleted"/>).</summary>
public abstract class ElementEvent : KernelEvent
{
    private readonly InstanceExecution _instance;
    private readonly ElementInstance _element;
    private KernelInstance? _instanceView;
    private KernelElement? _elementView;

    private protected ElementEvent(InstanceExecution instance, ElementInstance element, FlowNode node) =>
        (_instance, _element, Node) = (instance, element, node);

    // The views are made when a module first reads them: most events pass every module unread (straight-through hot path).
    public KernelInstance Instance => _instanceView ??= new(_instance);
    public KernelElement Element => _elementView ??= new(_element);
    /// <summary>The element's node in the deployed model (immutable).</summary>
    public FlowNode Node { get; }
}
