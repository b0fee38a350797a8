using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.State;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>What a step records about user tasks besides the task row: inbox look-up rows, task history, notifications.</summary>
internal sealed partial class StepExecution
{
    public const string OrganisationHeader = "organisationId";

    /// <summary>Fixes the task's organisation (header <c>organisationId</c>, else the variable) and writes the rows the inbox
    /// searches: one per candidate, one per organisation unit from the task's up to the root.</summary>
    private async Task IndexUserTaskAsync(InstanceExecution instance, ElementInstance element, TaskNode node, UserTaskEntity task)
    {
        task.OrganisationId = node.Headers.TryGetValue(OrganisationHeader, out var header) && !string.IsNullOrWhiteSpace(header)
            ? header
            : TryLookup(instance, element.Key, OrganisationHeader, out var variable) && variable is JsonValue value
                ? value.ToString()
                : null;
        foreach (var group in JsonList(task.CandidateGroups).Distinct())
            Changes.InsertedTaskCandidates.Add(new UserTaskCandidateEntity { TaskKey = task.Key, Kind = UserTaskCandidateEntity.Group, Value = group });
        foreach (var user in JsonList(task.CandidateUsers).Distinct())
            Changes.InsertedTaskCandidates.Add(new UserTaskCandidateEntity { TaskKey = task.Key, Kind = UserTaskCandidateEntity.User, Value = user });
        if (task.OrganisationId is { } organisation)
        {
            var units = new List<string> { organisation };
            units.AddRange(await Context.People.OrganisationAncestorsAsync(organisation, Cancellation));
            foreach (var unit in units.Distinct())
                Changes.InsertedTaskOrganisations.Add(new UserTaskOrganisationEntity { TaskKey = task.Key, OrganisationId = unit });
        }
        RecordTaskEvent(instance, task, UserTaskEvents.Created, actor: null,
            task.Assignee is { } assignee ? new JsonObject { ["assignee"] = assignee } : null);
        if (task.Assignee is { } initial)
            Notify(initial, NotificationKinds.Assigned, task, $"任务「{task.Name ?? task.ElementId}」已分配给您");
    }

    /// <summary>Loads a task's instance and then reads the task: a task change committed after this read also bumped the
    /// instance revision, so this step's commit fails and runs again instead of acting on stale task state.</summary>
    public async Task<(UserTaskEntity Task, InstanceExecution Instance)> LoadUserTaskAsync(long taskKey)
    {
        var first = await Context.Store.FindUserTaskAsync(taskKey, Cancellation) ?? throw new EngineNotFoundException($"user task {taskKey} does not exist");
        var instance = await LoadAsync(first.ProcessInstanceKey);
        var task = await Context.Store.FindUserTaskAsync(taskKey, Cancellation) ?? first;
        return (task, instance);
    }

    /// <summary>Sets the due date and when its warning starts; a moved due date may warn again.</summary>
    public void SetDueDate(UserTaskEntity task, DateTimeOffset? due)
    {
        if (task.DueDate == due && task.WarningAt is not null) return;
        task.DueDate = due;
        task.WarningAt = DeadlineEvaluator.Evaluate(due, task.CreatedAt, Now, Context.Options.DeadlineWarningShare)?.WarningAt;
        task.WarnedAt = null;
    }

    /// <summary>A task event on both the task's history and the instance journal.</summary>
    public void RecordTaskEvent(InstanceExecution instance, UserTaskEntity task, string @event, string? actor, JsonObject? details)
    {
        var value = details?.DeepClone().AsObject() ?? [];
        value["userTaskKey"] = task.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Record(instance, "USER_TASK_" + @event, task.ElementId, "userTask", task.ElementInstanceKey, name: actor, value: value);
        RecordTaskHistory(task, @event, actor, details);
    }

    public void RecordTaskHistory(UserTaskEntity task, string @event, string? actor, JsonObject? details) =>
        Changes.TaskHistory.Add(new UserTaskHistoryEntity
        {
            Key = Context.Keys.Next(),
            TaskKey = task.Key,
            ProcessInstanceKey = task.ProcessInstanceKey,
            Event = @event,
            Actor = actor,
            At = Now,
            Details = details?.ToJsonString(),
        });

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

    /// <summary>An escalation caught on a user task: recorded on the task and sent to the heads of its organisation.</summary>
    private async Task NotifyEscalationAsync(InstanceExecution instance, long taskKey, string? code)
    {
        var task = Changes.InsertedUserTasks.Find(t => t.Key == taskKey)
            ?? Changes.UpdatedUserTasks.Find(t => t.Key == taskKey)
            ?? await Context.Store.FindUserTaskAsync(taskKey, Cancellation);
        if (task is null) return;
        RecordTaskEvent(instance, task, UserTaskEvents.Escalated, actor: null, new JsonObject { ["code"] = code });
        if (task.OrganisationId is not { } organisation) return;
        foreach (var head in await Context.People.FindByRoleAsync("head", organisation, Cancellation))
            Notify(head.Username, NotificationKinds.Escalated, task, $"任务「{task.Name ?? task.ElementId}」已升级（{code}），请处理");
    }

    private static IEnumerable<string> JsonList(string json) =>
        JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json) is JsonArray array
            ? array.Select(n => n?.GetValue<string>()).OfType<string>()
            : [];
}
