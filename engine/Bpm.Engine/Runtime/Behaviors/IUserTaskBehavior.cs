using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>The task rows of user tasks: keys and time, storing a new task with its inbox rows and history, cancelling one.</summary>
internal interface IUserTaskBehavior
{
    long NextKey();

    DateTimeOffset Now { get; }

    /// <summary>Sets the due date and when its warning starts.</summary>
    void SetDueDate(UserTaskEntity task, DateTimeOffset? due);

    /// <summary>Stores a new task for the element: the row, its inbox look-up rows, its history, and tells the modules.</summary>
    Task InsertUserTaskAsync(InstanceExecution instance, ElementInstance element, TaskNode node, UserTaskEntity task);

    /// <summary>Cancels an open task whose element is terminated.</summary>
    Task CancelUserTaskAsync(long taskKey);
}
