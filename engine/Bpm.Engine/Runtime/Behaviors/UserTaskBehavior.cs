using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>The task rows of user tasks in the step: storing a new task with its inbox look-up rows and history, due dates,
/// the task's history, cancelling an open task whose element ends.</summary>
internal sealed class UserTaskBehavior(StepState step) : IUserTaskBehavior
{
    public const string OrganisationHeader = "organisationId";

    public long NextKey() => step.Context.Keys.Next();

    public DateTimeOffset Now => step.Now;

    public async Task InsertUserTaskAsync(InstanceExecution instance, ElementInstance element, TaskNode node, UserTaskEntity task)
    {
        step.Changes.InsertedUserTasks.Add(task);
        element.UserTaskKey = task.Key;
        await IndexAsync(instance, element, node, task);
        await step.PublishAsync(new UserTaskCreated(instance, element, node, task));
    }

    /// <summary>Fixes the task's organisation (header <c>organisationId</c>, else the variable) and writes the rows the inbox
    /// searches: one per candidate, one per organisation unit from the task's up to the root.</summary>
    private async Task IndexAsync(InstanceExecution instance, ElementInstance element, TaskNode node, UserTaskEntity task)
    {
        var changes = step.Changes;
        task.OrganisationId = node.Headers.TryGetValue(OrganisationHeader, out var header) && !string.IsNullOrWhiteSpace(header)
            ? header
            : ScopeVariables.TryLookup(instance, element.Key, OrganisationHeader, out var variable) && variable is JsonValue value
                ? value.ToString()
                : null;
        foreach (var group in JsonList(task.CandidateGroups).Distinct())
            changes.InsertedTaskCandidates.Add(new UserTaskCandidateEntity { TaskKey = task.Key, Kind = UserTaskCandidateEntity.Group, Value = group });
        foreach (var user in JsonList(task.CandidateUsers).Distinct())
            changes.InsertedTaskCandidates.Add(new UserTaskCandidateEntity { TaskKey = task.Key, Kind = UserTaskCandidateEntity.User, Value = user });
        if (task.OrganisationId is { } organisation)
        {
            var units = new List<string> { organisation };
            units.AddRange(await step.Context.People.OrganisationAncestorsAsync(organisation, step.Cancellation));
            foreach (var unit in units.Distinct())
                changes.InsertedTaskOrganisations.Add(new UserTaskOrganisationEntity { TaskKey = task.Key, OrganisationId = unit });
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
        if (task.Assignee is not { } assignee || step.Context.AssignmentRules is not { } rules) return null;
        try
        {
            await rules.CheckAsync(node, task, assignee, step.Now, "assignee", step.Cancellation, (step.Changes.UpdatedUserTasks, step.Changes.TaskHistory));
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
        await step.PublishAsync(new UserTaskAssignmentRefused(task, refused!, violation));
    }

    /// <summary>Sets the due date and when its warning starts; a moved due date may warn again.</summary>
    public void SetDueDate(UserTaskEntity task, DateTimeOffset? due)
    {
        if (task.DueDate == due && task.WarningAt is not null) return;
        task.DueDate = due;
        task.WarningAt = DeadlineEvaluator.Evaluate(due, task.CreatedAt, step.Now, step.Context.Options.DeadlineWarningShare)?.WarningAt;
        task.WarnedAt = null;
        task.OverdueAt = null;
    }

    /// <summary>A task event on both the task's history and the instance journal.</summary>
    public void RecordTaskEvent(InstanceExecution instance, UserTaskEntity task, string @event, string? actor, JsonObject? details)
    {
        var value = details?.DeepClone().AsObject() ?? [];
        value["userTaskKey"] = task.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
        step.Record(instance, "USER_TASK_" + @event, task.ElementId, "userTask", task.ElementInstanceKey, name: actor, value: value);
        RecordTaskHistory(task, @event, actor, details);
    }

    public void RecordTaskHistory(UserTaskEntity task, string @event, string? actor, JsonObject? details) =>
        step.Changes.TaskHistory.Add(new UserTaskHistoryEntity
        {
            Key = step.Context.Keys.Next(),
            TaskKey = task.Key,
            ProcessInstanceKey = task.ProcessInstanceKey,
            Event = @event,
            Actor = actor,
            At = step.Now,
            Details = details?.ToJsonString(),
        });

    /// <summary>Cancels an open task whose element is terminated; a task an interrupting boundary event closed remembers
    /// which event and when (<see cref="StepState.ClosingBoundary"/>).</summary>
    public async Task CancelUserTaskAsync(long taskKey)
    {
        var changes = step.Changes;
        var task = changes.InsertedUserTasks.Find(t => t.Key == taskKey)
            ?? changes.UpdatedUserTasks.Find(t => t.Key == taskKey);
        if (task is null)
        {
            task = await step.Context.Store.FindUserTaskAsync(taskKey, step.Cancellation);
            if (task is null) return;
            changes.Track(task);
        }
        if (task.State != UserTaskState.Created) return;
        task.State = UserTaskState.Canceled;
        task.CompletedAt = step.Now;
        RecordTaskHistory(task, UserTaskEvents.Canceled, actor: null,
            step.ClosingBoundary is var (boundary, at)
                ? new JsonObject { [UserTaskEvents.ClosedByDetail] = boundary.Id, [UserTaskEvents.ClosedAtDetail] = at }
                : null);
        await step.PublishAsync(new UserTaskEnded(task, actor: null, variables: null));
    }

    private static IEnumerable<string> JsonList(string json) =>
        JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json) is JsonArray array
            ? array.Select(n => n?.GetValue<string>()).OfType<string>()
            : [];
}
