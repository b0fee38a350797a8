using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A read-only view of an element instance (module API).</summary>
public sealed class KernelElement
{
    internal KernelElement(ElementInstance state) => State = state;

    internal ElementInstance State { get; }

    public long Key => State.Key;
    public string ElementId => State.ElementId;
    /// <summary>The element instance of its flow scope, or the process instance key.</summary>
    public long ScopeKey => State.ScopeKey;
    /// <summary>The user task waiting on this element, if it is a user task that created one.</summary>
    public long? UserTaskKey => State.UserTaskKey;
    public int? LoopCounter => State.LoopCounter;
    /// <summary>The key a module set on the token that reached this element (<see cref="BoundaryEventTriggered.CarriedKey"/>).</summary>
    public long? CarriedKey => State.EscalationKey;
}
