using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.People;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.State;
using Bpm.Engine.UserTasks;

using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Persistence.States;

namespace Bpm.Engine.Escalations;

/// <summary>The heads' escalations as changes of a step: opened when a task goes overdue, an escalation is caught on a task,
/// or a dispute reaches a decision task; carried along the flow from the catching event to the head's decision task; settled
/// when the head acts or the tasks end. <see cref="EscalationModule"/> calls these on kernel events; the escalation
/// commands and sweeps call them directly.</summary>
internal sealed class EscalationSteps(EscalationStore store)
{
    public const string DisputePositionsHeader = "disputePositions";
    private const string HeadRole = "head";

    /// <summary>Opens an escalation (about <paramref name="origin"/> when there is one) and tells the heads of its
    /// organisation (the nearest unit upwards that has heads).</summary>
    public async Task<EscalationEntity> OpenEscalationAsync(StepExecution step, InstanceExecution instance, UserTaskEntity about, bool isOrigin,
        string reason, string? code, string message, JsonArray? positions)
    {
        var escalation = new EscalationEntity
        {
            Key = step.Context.Keys.Next(),
            ProcessInstanceKey = instance.Key,
            BpmnProcessId = instance.Entity.BpmnProcessId,
            BusinessKey = instance.Entity.BusinessKey,
            OrganisationId = about.OrganisationId,
            Reason = reason,
            Code = code,
            Message = message,
            Positions = positions?.ToJsonString(),
            State = EscalationState.Open,
            CreatedAt = step.Now,
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
        step.Changes.Insert(escalation, store.Model);
        about.EscalationKey = escalation.Key;
        step.Changes.Track(about);
        step.Record(instance, "ESCALATION_OPENED", about.ElementId, "userTask", about.ElementInstanceKey, name: reason,
            value: new JsonObject { ["escalationKey"] = Text(escalation.Key), ["code"] = code, ["message"] = message });
        foreach (var head in await HeadsOfAsync(step, about.OrganisationId))
            step.Notify(head, EscalationNotificationKinds.Escalated, about, message);
        return escalation;
    }

    /// <summary>The heads of the unit, else of the nearest ancestor that has any.</summary>
    public static Task<IReadOnlyList<string>> HeadsOfAsync(StepExecution step, string? organisationId) =>
        step.Context.People.NearestAsync(HeadRole, organisationId, step.Cancellation);

    /// <summary>A task passed its due date: the kernel marks it (once per due date), which opens its OVERDUE escalation
    /// (<see cref="OpenOverdueAsync"/>, on <c>UserTaskOverdue</c>). Returns the escalation, or the open one raised earlier for
    /// the same due date.</summary>
    public async Task<EscalationEntity?> MarkOverdueAsync(StepExecution step, InstanceExecution instance, UserTaskEntity task)
    {
        if (task.State != UserTaskState.Created || task.DueDate is not { } due || due > step.Now) return null;
        if (task.OverdueAt is not null)
            return task.EscalationKey is { } existing && await FindEscalationAsync(step, existing) is { State: EscalationState.Open, Reason: EscalationReasons.Overdue } open
                ? open : null;
        if (!await step.MarkTaskOverdueAsync(instance, task)) return null;
        return step.Changes.RowsOf<EscalationEntity>().LastOrDefault(e =>
            e.OriginTaskKey == task.Key && e is { State: EscalationState.Open, Reason: EscalationReasons.Overdue });
    }

    /// <summary>The kernel marked a task overdue: tells its officer and opens its OVERDUE escalation for the heads.</summary>
    public async Task OpenOverdueAsync(StepExecution step, InstanceExecution instance, UserTaskEntity task, DateTimeOffset due)
    {
        var label = task.Name ?? task.ElementId;
        var officers = task.Assignee is { } assignee ? [assignee] : Persistence.Queries.UserTaskMapper.JsonStrings(task.CandidateUsers);
        foreach (var officer in officers)
            step.Notify(officer, EscalationNotificationKinds.Overdue, task, $"任务「{label}」已逾期（到期时间 {Time.ChinaTime.Minutes(due)}），已报负责人督办");
        await OpenEscalationAsync(step, instance, task, isOrigin: true, EscalationReasons.Overdue, "OVERDUE",
            $"任务「{label}」已逾期（到期时间 {Time.ChinaTime.Minutes(due)}，办理人 {await AssigneeNameAsync(step, task)}）", positions: null);
    }

    private static async Task<string> AssigneeNameAsync(StepExecution step, UserTaskEntity task) =>
        task.Assignee is { } assignee ? await step.Context.People.DisplayNameAsync(assignee, step.Cancellation) : "未分配";

    /// <summary>An escalation caught on a user task: recorded on the task, opened for the heads.</summary>
    public async Task<long?> EscalateCaughtOnTaskAsync(StepExecution step, InstanceExecution instance, long taskKey, string? code)
    {
        var task = await step.FindTaskForChangeAsync(taskKey);
        if (task is null) return null;
        step.RecordTaskEvent(instance, task, UserTaskEvents.Escalated, actor: null, new JsonObject { ["code"] = code });
        var escalation = await OpenEscalationAsync(step, instance, task, isOrigin: true, EscalationReasons.Escalation, code,
            $"任务「{task.Name ?? task.ElementId}」已升级（{code}），请处理", positions: null);
        return escalation.Key;
    }

    /// <summary>A timer on a user task that fires once the task is overdue (the red deadline timer) raises its OVERDUE escalation.</summary>
    public async Task<long?> EscalateOverdueTimerAsync(StepExecution step, InstanceExecution instance, ElementInstance host)
    {
        if (host.UserTaskKey is not { } taskKey || await step.FindTaskForChangeAsync(taskKey) is not { } task) return null;
        return (await MarkOverdueAsync(step, instance, task))?.Key;
    }

    /// <summary>A new user task reached through an escalation becomes its head's decision task; a task with the
    /// <c>disputePositions</c> header carries both sides' positions (and opens a DISPUTE escalation when none led here).</summary>
    public async Task LinkDecisionTaskAsync(StepExecution step, InstanceExecution instance, ElementInstance element, TaskNode node, UserTaskEntity task)
    {
        var positions = node.Headers.TryGetValue(DisputePositionsHeader, out var source) && !string.IsNullOrWhiteSpace(source)
            ? Positions(step, instance, element, source)
            : null;
        if (element.EscalationKey is { } key && await FindEscalationAsync(step, key) is { State: EscalationState.Open, DecisionTaskKey: null } escalation)
        {
            step.Changes.Track(escalation, store.Model);
            escalation.DecisionTaskKey = task.Key;
            if (positions is not null) escalation.Positions = positions.ToJsonString();
            task.EscalationKey = escalation.Key;
            return;
        }
        if (positions is not null)
            await OpenEscalationAsync(step, instance, task, isOrigin: false, EscalationReasons.Dispute, "DISPUTE",
                $"争议待决定：「{task.Name ?? task.ElementId}」（各方意见见附）", positions);
    }

    private static JsonArray Positions(StepExecution step, InstanceExecution instance, ElementInstance element, string source)
    {
        var value = FeelValues.ToJson(step.Evaluate(step.Context.Feel.Parse(source), instance, element.Key, "disputePositions"));
        return value switch
        {
            JsonArray array => array,
            JsonObject single => [single],
            _ => throw new IncidentException(IncidentTypes.ExtractValue,
                $"扩展头 disputePositions 须求值为意见列表，实际为 {value?.ToJsonString() ?? "null"}"),
        };
    }

    /// <summary>A task ended: a decision task settles its escalation (DECIDED when completed); an origin task whose
    /// escalation has no decision task closes it.</summary>
    public async Task SettleEscalationsOfTaskAsync(StepExecution step, UserTaskEntity task, string? actor, JsonObject? variables)
    {
        if (task.EscalationKey is null) return;
        // This step's own versions win over the stored ones (a head's action may have settled one already).
        var pending = step.Changes.RowsOf<EscalationEntity>().ToList();
        var escalations = (await store.OpenOfTaskAsync(task.Key, step.Cancellation))
            .Where(stored => pending.TrueForAll(p => p.Key != stored.Key)).ToList();
        escalations.AddRange(pending.Where(e =>
            e.State == EscalationState.Open && (e.OriginTaskKey == task.Key || e.DecisionTaskKey == task.Key)).Distinct());
        foreach (var escalation in escalations)
        {
            if (escalation.DecisionTaskKey == task.Key)
            {
                var completed = task.State == UserTaskState.Completed;
                Resolve(step, escalation, completed ? EscalationResolutions.Decided : EscalationResolutions.Closed, completed ? actor : null,
                    new JsonObject { ["decisionTaskKey"] = Text(task.Key), ["variables"] = variables?.DeepClone(), ["taskState"] = StateText<UserTaskState>.Of(task.State) });
            }
            // An escalation opened in this very step ended its own origin (an interrupting boundary event): it stays open for
            // the head's decision task the flow is about to create, or for the head to decide.
            else if (escalation.DecisionTaskKey is null && !step.Changes.IsNew(escalation))
            {
                Resolve(step, escalation, EscalationResolutions.Closed, null, new JsonObject { ["originTaskState"] = StateText<UserTaskState>.Of(task.State) });
            }
        }
    }

    public void Resolve(StepExecution step, EscalationEntity escalation, string resolution, string? by, JsonObject details)
    {
        step.Changes.Track(escalation, store.Model);
        escalation.State = EscalationState.Resolved;
        escalation.Resolution = resolution;
        escalation.ResolvedBy = by;
        escalation.ResolvedAt = step.Now;
        escalation.ResolutionDetails = details.ToJsonString();
    }

    /// <summary>Loads the escalation's instance and then reads the escalation, so that a concurrent settlement committed
    /// after this read fails this step's commit (it runs again and sees the escalation resolved).</summary>
    public async Task<(EscalationEntity Escalation, InstanceExecution Instance)> LoadEscalationAsync(StepExecution step, long key)
    {
        var first = await store.FindAsync(key, step.Cancellation) ?? throw EngineNotFoundException.Missing("escalation", key);
        var instance = await step.LoadAsync(first.ProcessInstanceKey);
        var escalation = await store.FindAsync(key, step.Cancellation) ?? first;
        // Tracked from the start, so everything in this step changes this one object (and the commit finds it unchanged).
        step.Changes.Track(escalation, store.Model);
        return (escalation, instance);
    }

    public async Task<EscalationEntity?> FindEscalationAsync(StepExecution step, long key) =>
        step.Changes.RowsOf<EscalationEntity>().FirstOrDefault(e => e.Key == key)
        ?? await store.FindAsync(key, step.Cancellation);


    private static string Text(long key) => key.ToString(CultureInfo.InvariantCulture);
}
