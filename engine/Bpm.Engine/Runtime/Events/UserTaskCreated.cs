using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A user task was stored (with its inbox rows and CREATED history) for an element that now waits for it.</summary>
public sealed class UserTaskCreated : KernelEvent
{
    internal UserTaskCreated(InstanceExecution instance, ElementInstance element, TaskNode node, UserTaskEntity task) =>
        (Instance, Element, Node, Task) = (new(instance), new(element), node, new(task));

    public KernelInstance Instance { get; }
    public KernelElement Element { get; }
    public TaskNode Node { get; }
    public KernelUserTask Task { get; }
}
