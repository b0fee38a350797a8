using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Marks an open task past its due date overdue, once per due date (<see cref="UserTaskEntity.OverdueAt"/>,
    /// reset when the due date moves), records its OVERDUE history and publishes <see cref="UserTaskOverdue"/>. False when the
    /// task is not open, not yet due, or marked already.</summary>
    public async Task<bool> MarkTaskOverdueAsync(InstanceExecution instance, UserTaskEntity task)
    {
        if (task.State != UserTaskState.Created || task.DueDate is not { } due || due > Now || task.OverdueAt is not null) return false;
        Changes.Track(task);
        task.OverdueAt = Now;
        RecordTaskEvent(instance, task, UserTaskEvents.Overdue, actor: null, new JsonObject { ["dueDate"] = due.ToString("O") });
        await PublishAsync(new UserTaskOverdue(instance, task, due));
        return true;
    }
}
