using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A process instance is ending, completed or <see cref="Terminated"/>: published before its state changes, so a
/// module may still set its variables (journalled before the instance's COMPLETED / TERMINATED history).</summary>
public sealed class InstanceEnded : KernelEvent
{
    internal InstanceEnded(InstanceExecution instance, bool terminated) => (Instance, Terminated) = (new(instance), terminated);

    public KernelInstance Instance { get; }
    public bool Terminated { get; }
}
