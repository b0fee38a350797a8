using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.UserTasks;

/// <summary>Tells the assignee a model named that a new task is theirs.</summary>
internal sealed class UserTaskNotificationModule : IKernelEventHandler
{
    public Task HandleAsync(StepExecution step, KernelEvent @event)
    {
        if (@event is UserTaskCreated { Task: { Assignee: { } assignee } task })
            step.Notify(assignee, NotificationKinds.Assigned, task.Entity, $"任务「{task.Name ?? task.ElementId}」已分配给您");
        return Task.CompletedTask;
    }
}
