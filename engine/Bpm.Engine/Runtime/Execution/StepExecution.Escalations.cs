using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Escalations;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.State;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The heads' escalations: opened when a task goes overdue, an escalation is caught on a task, or a dispute
/// reaches a decision task; carried along the flow from the catching event to the head's decision task; settled when the
/// head acts or the tasks end.</summary>
internal sealed partial class StepExecution
{
    public const string DisputePositionsHeader = "disputePositions";
    private const string HeadRole = "head";

    /// <summary>Opens an escalation (about <paramref name="origin"/> when there is one) and tells the heads of its
    /// organisation (the nearest unit upwards that has heads).</summary>
    public async Task<EscalationEntity> OpenEscalationAsync(InstanceExecution instance, UserTaskEntity about, bool isOrigin,
        string reason, string? code, string message, JsonArray? positions)
    {
        var escalation = new EscalationEntity
        {
            Key = Context.Keys.Next(),
            ProcessInstanceKey = instance.Key,
            BpmnProcessId = instance.Entity.BpmnProcessId,
            BusinessKey = instance.Entity.BusinessKey,
            OrganisationId = about.OrganisationId,
            Reason = reason,
            Code = code,
            Message = message,
            Positions = positions?.ToJsonString(),
            State = EscalationResolutions.Open,
            CreatedAt = Now,
        };
        if (isOrigin)
        {
            escalation.OriginTaskKey = about.Key;
            escalation.OriginElementId = about.ElementId;
            escalation.OriginName = about.Name;
            escalation.OriginAssignee = about.Assignee;
            escalation.OriginDueDate = about.DueDate;
        }
        else
        {
            escalation.DecisionTaskKey = about.Key;
        }
        Changes.InsertedEscalations.Add(escalation);
        about.EscalationKey = escalation.Key;
        TrackTask(about);
        Record(instance, "ESCALATION_OPENED", about.ElementId, "userTask", about.ElementInstanceKey, name: reason,
            value: new JsonObject { ["escalationKey"] = Text(escalation.Key), ["code"] = code, ["message"] = message });
        foreach (var head in await HeadsOfAsync(about.OrganisationId))
            Notify(head, NotificationKinds.Escalated, about, message);
        return escalation;
    }

    /// <summary>The heads of the unit, else of the nearest ancestor that has any.</summary>
    private async Task<IReadOnlyList<string>> HeadsOfAsync(string? organisationId)
    {
        if (organisationId is null) return [];
        var units = new List<string> { organisationId };
        units.AddRange(await Context.People.OrganisationAncestorsAsync(organisationId, Cancellation));
        foreach (var unit in units)
        {
            var heads = await Context.People.FindByRoleAsync(HeadRole, unit, Cancellation);
            if (heads.Count > 0) return heads.Select(h => h.Username).Distinct().ToList();
        }
        return [];
    }

    /// <summary>A task passed its due date: marks it, opens its OVERDUE escalation (once per due date) and tells its officer.
    /// Returns the escalation, or the open one raised earlier for the same due date.</summary>
    public async Task<EscalationEntity?> MarkOverdueAsync(InstanceExecution instance, UserTaskEntity task)
    {
        if (task.State != "CREATED" || task.DueDate is not { } due || due > Now) return null;
        if (task.OverdueAt is not null)
            return task.EscalationKey is { } existing && await FindEscalationAsync(existing) is { State: EscalationResolutions.Open, Reason: EscalationReasons.Overdue } open
                ? open : null;
        task.OverdueAt = Now;
        RecordTaskEvent(instance, task, UserTaskEvents.Overdue, actor: null, new JsonObject { ["dueDate"] = due.ToString("O") });
        var label = task.Name ?? task.ElementId;
        var officers = task.Assignee is { } assignee ? [assignee] : Persistence.Queries.UserTaskMapper.JsonStrings(task.CandidateUsers);
        foreach (var officer in officers)
            Notify(officer, NotificationKinds.Overdue, task, $"任务「{label}」已逾期（到期时间 {Time.ChinaTime.Minutes(due)}），已报负责人督办");
        return await OpenEscalationAsync(instance, task, isOrigin: true, EscalationReasons.Overdue, "OVERDUE",
            $"任务「{label}」已逾期（到期时间 {Time.ChinaTime.Minutes(due)}，办理人 {task.Assignee ?? "未分配"}）", positions: null);
    }

    /// <summary>An escalation caught on a user task: recorded on the task, opened for the heads.</summary>
    private async Task<long?> EscalateCaughtOnTaskAsync(InstanceExecution instance, long taskKey, string? code)
    {
        var task = await FindTaskForChangeAsync(taskKey);
        if (task is null) return null;
        RecordTaskEvent(instance, task, UserTaskEvents.Escalated, actor: null, new JsonObject { ["code"] = code });
        var escalation = await OpenEscalationAsync(instance, task, isOrigin: true, EscalationReasons.Escalation, code,
            $"任务「{task.Name ?? task.ElementId}」已升级（{code}），请处理", positions: null);
        return escalation.Key;
    }

    /// <summary>A timer on a user task that fires once the task is overdue (the red deadline timer) raises its OVERDUE escalation.</summary>
    private async Task<long?> EscalateOverdueTimerAsync(InstanceExecution instance, ElementInstance host)
    {
        if (host.UserTaskKey is not { } taskKey || await FindTaskForChangeAsync(taskKey) is not { } task) return null;
        return (await MarkOverdueAsync(instance, task))?.Key;
    }

    /// <summary>A new user task reached through an escalation becomes its head's decision task; a task with the
    /// <c>disputePositions</c> header carries both sides' positions (and opens a DISPUTE escalation when none led here).</summary>
    private async Task LinkDecisionTaskAsync(InstanceExecution instance, ElementInstance element, TaskNode node, UserTaskEntity task)
    {
        var positions = node.Headers.TryGetValue(DisputePositionsHeader, out var source) && !string.IsNullOrWhiteSpace(source)
            ? Positions(instance, element, source)
            : null;
        if (element.EscalationKey is { } key && await FindEscalationAsync(key) is { State: EscalationResolutions.Open, DecisionTaskKey: null } escalation)
        {
            escalation.DecisionTaskKey = task.Key;
            if (positions is not null) escalation.Positions = positions.ToJsonString();
            TrackEscalation(escalation);
            task.EscalationKey = escalation.Key;
            return;
        }
        if (positions is not null)
            await OpenEscalationAsync(instance, task, isOrigin: false, EscalationReasons.Dispute, "DISPUTE",
                $"争议待决定：「{task.Name ?? task.ElementId}」（各方意见见附）", positions);
    }

    private JsonArray Positions(InstanceExecution instance, ElementInstance element, string source)
    {
        var value = FeelValues.ToJson(Evaluate(Context.Feel.Parse(source), instance, element.Key, "disputePositions"));
        return value switch
        {
            JsonArray array => array,
            JsonObject single => [single],
            _ => throw new IncidentException(IncidentTypes.ExtractValue,
                $"header disputePositions of '{element.ElementId}' must evaluate to a list of positions, but was {value?.ToJsonString() ?? "null"}"),
        };
    }

    /// <summary>A task ended: a decision task settles its escalation (DECIDED when completed); an origin task whose
    /// escalation has no decision task closes it.</summary>
    public async Task SettleEscalationsOfTaskAsync(UserTaskEntity task, string? actor, JsonObject? variables)
    {
        if (task.EscalationKey is null) return;
        // This step's own versions win over the stored ones (a head's action may have settled one already).
        var pending = Changes.InsertedEscalations.Concat(Changes.UpdatedEscalations).ToList();
        var escalations = (await Context.Store.OpenEscalationsOfTaskAsync(task.Key, Cancellation))
            .Where(stored => pending.TrueForAll(p => p.Key != stored.Key)).ToList();
        escalations.AddRange(pending.Where(e =>
            e.State == EscalationResolutions.Open && (e.OriginTaskKey == task.Key || e.DecisionTaskKey == task.Key)).Distinct());
        foreach (var escalation in escalations)
        {
            if (escalation.DecisionTaskKey == task.Key)
            {
                var completed = task.State == "COMPLETED";
                Resolve(escalation, completed ? EscalationResolutions.Decided : EscalationResolutions.Closed, completed ? actor : null,
                    new JsonObject { ["decisionTaskKey"] = Text(task.Key), ["variables"] = variables?.DeepClone(), ["taskState"] = task.State });
            }
            // An escalation opened in this very step ended its own origin (an interrupting boundary event): it stays open for
            // the head's decision task the flow is about to create, or for the head to decide.
            else if (escalation.DecisionTaskKey is null && !Changes.InsertedEscalations.Contains(escalation))
            {
                Resolve(escalation, EscalationResolutions.Closed, null, new JsonObject { ["originTaskState"] = task.State });
            }
        }
    }

    public void Resolve(EscalationEntity escalation, string resolution, string? by, JsonObject details)
    {
        escalation.State = EscalationResolutions.Resolved;
        escalation.Resolution = resolution;
        escalation.ResolvedBy = by;
        escalation.ResolvedAt = Now;
        escalation.ResolutionDetails = details.ToJsonString();
        TrackEscalation(escalation);
    }

    /// <summary>Loads the escalation's instance and then reads the escalation, so that a concurrent settlement committed
    /// after this read fails this step's commit (it runs again and sees the escalation resolved).</summary>
    public async Task<(EscalationEntity Escalation, InstanceExecution Instance)> LoadEscalationAsync(long key)
    {
        var first = await Context.Store.FindEscalationAsync(key, Cancellation) ?? throw new EngineNotFoundException($"escalation {key} does not exist");
        var instance = await LoadAsync(first.ProcessInstanceKey);
        var escalation = await Context.Store.FindEscalationAsync(key, Cancellation) ?? first;
        // Tracked from the start, so everything in this step changes this one object.
        TrackEscalation(escalation);
        return (escalation, instance);
    }

    public async Task<EscalationEntity?> FindEscalationAsync(long key) =>
        Changes.InsertedEscalations.Find(e => e.Key == key)
        ?? Changes.UpdatedEscalations.Find(e => e.Key == key)
        ?? await Context.Store.FindEscalationAsync(key, Cancellation);

    private void TrackEscalation(EscalationEntity escalation)
    {
        if (!Changes.InsertedEscalations.Contains(escalation) && !Changes.UpdatedEscalations.Contains(escalation))
            Changes.UpdatedEscalations.Add(escalation);
    }

    public async Task<UserTaskEntity?> FindTaskForChangeAsync(long taskKey)
    {
        var task = Changes.InsertedUserTasks.Find(t => t.Key == taskKey)
            ?? Changes.UpdatedUserTasks.Find(t => t.Key == taskKey)
            ?? await Context.Store.FindUserTaskAsync(taskKey, Cancellation);
        if (task is not null) TrackTask(task);
        return task;
    }

    private void TrackTask(UserTaskEntity task)
    {
        if (!Changes.InsertedUserTasks.Contains(task) && !Changes.UpdatedUserTasks.Contains(task))
            Changes.UpdatedUserTasks.Add(task);
    }


    private static string Text(long key) => key.ToString(CultureInfo.InvariantCulture);
}
