using Bpm.Engine.Runtime.Events;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Modules.Notifications;

/// <summary>Tells the assignee a model named that a new task is theirs (module API, docs/adr/0007).</summary>
internal sealed class UserTaskNotificationModule : IKernelModule
{
    public Task HandleAsync(IKernelStep step, KernelEvent @event, Func<Task> next)
    {
        if (@event is UserTaskCreated { Task: { Assignee: { } assignee } task })
            step.Notify(assignee, NotificationKinds.Assigned, task, $"任务「{task.Name ?? task.ElementId}」已分配给您");
        return next();
    }
}
