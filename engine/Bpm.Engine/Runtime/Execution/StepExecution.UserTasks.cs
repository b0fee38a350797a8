using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.Events;
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
        var refused = await RefusedAssigneeAsync(node, task);
        RecordTaskEvent(instance, task, UserTaskEvents.Created, actor: null,
            task.Assignee is { } assignee ? new JsonObject { ["assignee"] = assignee } : null);
        if (refused is not null) await RefuseAssigneeAsync(instance, task, refused);
    }

    /// <summary>An assignee the model names must pass the task's assignment rules like anyone assigned by hand: if not,
    /// the task is created unassigned (its candidates can claim it) and the refusal is recorded. Null when it passes.</summary>
    private async Task<UserTaskRuleViolationException?> RefusedAssigneeAsync(TaskNode node, UserTaskEntity task)
    {
        if (task.Assignee is not { } assignee || Context.AssignmentRules is not { } rules) return null;
        try
        {
            await rules.CheckAsync(node, task, assignee, Now, "assignee", Cancellation, (Changes.UpdatedUserTasks, Changes.TaskHistory));
            return null;
        }
        catch (UserTaskRuleViolationException violation)
        {
            return violation;
        }
    }

    private async Task RefuseAssigneeAsync(InstanceExecution instance, UserTaskEntity task, UserTaskRuleViolationException violation)
    {
        var refused = task.Assignee;
        task.Assignee = null;
        RecordTaskEvent(instance, task, UserTaskEvents.AssignmentRefused, actor: null, new JsonObject
        {
            ["assignee"] = refused, ["rule"] = violation.Rule, ["law"] = violation.Law, ["message"] = violation.Message,
        });
        await PublishAsync(new UserTaskAssignmentRefused(task, refused!, violation));
    }

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
        if (variables is not null) SetCompletionVariables(instance, element, variables.DeepClone().AsObject());
        Complete(instance, element);
    }

    /// <summary>Sets the due date and when its warning starts; a moved due date may warn again.</summary>
    public void SetDueDate(UserTaskEntity task, DateTimeOffset? due)
    {
        if (task.DueDate == due && task.WarningAt is not null) return;
        task.DueDate = due;
        task.WarningAt = DeadlineEvaluator.Evaluate(due, task.CreatedAt, Now, Context.Options.DeadlineWarningShare)?.WarningAt;
        task.WarnedAt = null;
        task.OverdueAt = null;
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

    /// <summary>A task this step changes: the step's own version when it has one, else the stored row; tracked.</summary>
    public async Task<UserTaskEntity?> FindTaskForChangeAsync(long taskKey)
    {
        var task = Changes.InsertedUserTasks.Find(t => t.Key == taskKey)
            ?? Changes.UpdatedUserTasks.Find(t => t.Key == taskKey)
            ?? await Context.Store.FindUserTaskAsync(taskKey, Cancellation);
        if (task is not null) Changes.Track(task);
        return task;
    }

    private static IEnumerable<string> JsonList(string json) =>
        JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json) is JsonArray array
            ? array.Select(n => n?.GetValue<string>()).OfType<string>()
            : [];
}
