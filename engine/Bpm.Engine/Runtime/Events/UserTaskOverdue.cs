using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Events;

/// <summary>An open user task passed its due date and the kernel marked it overdue (its OVERDUE history is recorded): once
/// per due date, by the overdue sweep or by a module that saw it first (a timer on the task).</summary>
public sealed class UserTaskOverdue : KernelEvent
{
    internal UserTaskOverdue(InstanceExecution instance, UserTaskEntity task, DateTimeOffset dueDate) =>
        (Instance, Task, DueDate) = (new(instance), new(task), dueDate);

    public KernelInstance Instance { get; }
    public KernelUserTask Task { get; }
    /// <summary>The due date it passed.</summary>
    public DateTimeOffset DueDate { get; }
}
