using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.State;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The user-task operations of commands: loading and completing a task, notifications; the task rows themselves are
/// <see cref="Runtime.Behaviors.UserTaskBehavior"/>'s.</summary>
internal sealed partial class StepExecution
{
    public Runtime.Behaviors.UserTaskBehavior UserTaskRows { get; }

    /// <summary>Loads a task's instance and then reads the task: a task change committed after this read also bumped the
    /// instance revision, so this step's commit fails and runs again instead of acting on stale task state.</summary>
    public async Task<(UserTaskEntity Task, InstanceExecution Instance)> LoadUserTaskAsync(long taskKey)
    {
        var first = await Context.Store.FindUserTaskAsync(taskKey, Cancellation) ?? throw EngineNotFoundException.Missing("user task", taskKey);
        var instance = await LoadAsync(first.ProcessInstanceKey);
        var task = await Context.Store.FindUserTaskAsync(taskKey, Cancellation) ?? first;
        return (task, instance);
    }

    /// <summary>Completes an open task (the caller validated the variables and tracks the task row): history, escalations
    /// it raised or decides, then its element completes with the variables.</summary>
    public async Task CompleteUserTaskAsync(InstanceExecution instance, ElementInstance element, UserTaskEntity task, JsonObject? variables, string? actor)
    {
        task.State = UserTaskState.Completed;
        task.CompletedAt = Now;
        RecordTaskEvent(instance, task, UserTaskEvents.Completed, actor, null);
        await PublishAsync(new UserTaskEnded(task, actor, variables));
        element.UserTaskKey = null;
        if (variables is not null) Variables.SetCompletionVariables(instance, element, variables.DeepClone().AsObject());
        Complete(instance, element);
    }

    public void SetDueDate(UserTaskEntity task, DateTimeOffset? due) => UserTaskRows.SetDueDate(task, due);

    /// <summary>A task event on both the task's history and the instance journal.</summary>
    public void RecordTaskEvent(InstanceExecution instance, UserTaskEntity task, string @event, string? actor, JsonObject? details) =>
        UserTaskRows.RecordTaskEvent(instance, task, @event, actor, details);

    public void RecordTaskHistory(UserTaskEntity task, string @event, string? actor, JsonObject? details) =>
        UserTaskRows.RecordTaskHistory(task, @event, actor, details);

    public void Notify(string recipient, string kind, UserTaskEntity task, string message) =>
        Changes.InsertedNotifications.Add(new NotificationEntity
        {
            Key = Context.Keys.Next(),
            Recipient = recipient,
            Kind = kind,
            UserTaskKey = task.Key,
            ProcessInstanceKey = task.ProcessInstanceKey,
            Message = message,
            CreatedAt = Now,
        });

    /// <summary>A task this step changes: the step's own version when it has one, else the stored row; tracked.</summary>
    public async Task<UserTaskEntity?> FindTaskForChangeAsync(long taskKey)
    {
        var task = Changes.InsertedUserTasks.Find(t => t.Key == taskKey)
            ?? Changes.UpdatedUserTasks.Find(t => t.Key == taskKey)
            ?? await Context.Store.FindUserTaskAsync(taskKey, Cancellation);
        if (task is not null) Changes.Track(task);
        return task;
    }
}
