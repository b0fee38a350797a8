using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.People;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Escalations;

/// <summary>The heads' escalations as changes of a step: opened when a task goes overdue, an escalation is caught on a task,
/// or a dispute reaches a decision task; carried along the flow from the catching event to the head's decision task; settled
/// when the head acts or the tasks end. <see cref="EscalationModule"/> calls these on kernel events, the escalation commands
/// in their steps; all through the public module API (<see cref="IKernelStep"/>) but for the task's link to its escalation
/// (<see cref="LinkTask"/>).</summary>
internal sealed class EscalationSteps(EscalationStore store)
{
    public const string DisputePositionsHeader = "disputePositions";
    private const string HeadRole = "head";

    /// <summary>Opens an escalation (about <paramref name="origin"/> when there is one) and tells the heads of its
    /// organisation (the nearest unit upwards that has heads).</summary>
    public async Task<EscalationEntity> OpenEscalationAsync(IKernelStep step, KernelInstance instance, KernelUserTask about, bool isOrigin,
        string reason, string? code, string message, JsonArray? positions)
    {
        var escalation = new EscalationEntity
        {
            Key = step.NextKey(),
            ProcessInstanceKey = instance.Key,
            BpmnProcessId = instance.BpmnProcessId,
            BusinessKey = instance.BusinessKey,
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
        LinkTask(step, about, escalation.Key);
        step.RecordHistory(instance, "ESCALATION_OPENED", about.ElementId, "userTask", about.ElementInstanceKey, name: reason,
            value: new JsonObject { ["escalationKey"] = Text(escalation.Key), ["code"] = code, ["message"] = message });
        foreach (var head in await HeadsOfAsync(step, about.OrganisationId))
            step.Notify(head, EscalationNotificationKinds.Escalated, about, message);
        return escalation;
    }

    /// <summary>The task's link to its latest escalation (<see cref="UserTaskEntity.EscalationKey"/>), the one change this
    /// module still makes on the kernel's own row: it goes when the escalation row keeps its own task links (adr/0007).</summary>
    private static void LinkTask(IKernelStep step, KernelUserTask task, long escalationKey)
    {
        task.Entity.EscalationKey = escalationKey;
        KernelStep.ExecutionOf(step).Changes.Track(task.Entity);
    }

    private static long? LinkedEscalation(KernelUserTask task) => task.Entity.EscalationKey;

    /// <summary>The heads of the unit, else of the nearest ancestor that has any.</summary>
    public static Task<IReadOnlyList<string>> HeadsOfAsync(IKernelStep step, string? organisationId) =>
        step.People.NearestAsync(HeadRole, organisationId, step.Cancellation);

    /// <summary>A task passed its due date: the kernel marks it (once per due date), which opens its OVERDUE escalation
    /// (<see cref="OpenOverdueAsync"/>, on <c>UserTaskOverdue</c>). Returns the escalation, or the open one raised earlier for
    /// the same due date.</summary>
    public async Task<EscalationEntity?> MarkOverdueAsync(IKernelStep step, KernelInstance instance, KernelUserTask task)
    {
        if (task.State != UserTaskState.Created || task.DueDate is not { } due || due > step.Now) return null;
        if (task.OverdueAt is not null)
            return LinkedEscalation(task) is { } existing && await FindEscalationAsync(step, existing) is { State: EscalationState.Open, Reason: EscalationReasons.Overdue } open
                ? open : null;
        if (!await step.MarkTaskOverdueAsync(instance, task)) return null;
        return step.Changes.RowsOf<EscalationEntity>().LastOrDefault(e =>
            e.OriginTaskKey == task.Key && e is { State: EscalationState.Open, Reason: EscalationReasons.Overdue });
    }

    /// <summary>The kernel marked a task overdue: tells its officer and opens its OVERDUE escalation for the heads.</summary>
    public async Task OpenOverdueAsync(IKernelStep step, KernelInstance instance, KernelUserTask task, DateTimeOffset due)
    {
        var label = task.Name ?? task.ElementId;
        var officers = task.Assignee is { } assignee ? [assignee] : task.CandidateUsers;
        foreach (var officer in officers)
            step.Notify(officer, EscalationNotificationKinds.Overdue, task, $"任务「{label}」已逾期（到期时间 {Time.ChinaTime.Minutes(due)}），已报负责人督办");
        await OpenEscalationAsync(step, instance, task, isOrigin: true, EscalationReasons.Overdue, "OVERDUE",
            $"任务「{label}」已逾期（到期时间 {Time.ChinaTime.Minutes(due)}，办理人 {await AssigneeNameAsync(step, task)}）", positions: null);
    }

    private static async Task<string> AssigneeNameAsync(IKernelStep step, KernelUserTask task) =>
        task.Assignee is { } assignee ? await step.People.DisplayNameAsync(assignee, step.Cancellation) : "未分配";

    /// <summary>An escalation caught on a user task: recorded on the task, opened for the heads.</summary>
    public async Task<long?> EscalateCaughtOnTaskAsync(IKernelStep step, KernelInstance instance, long taskKey, string? code)
    {
        var task = await step.FindUserTaskForChangeAsync(taskKey);
        if (task is null) return null;
        step.RecordTaskEvent(instance, task, UserTaskEvents.Escalated, actor: null, new JsonObject { ["code"] = code });
        var escalation = await OpenEscalationAsync(step, instance, task, isOrigin: true, EscalationReasons.Escalation, code,
            $"任务「{task.Name ?? task.ElementId}」已升级（{code}），请处理", positions: null);
        return escalation.Key;
    }

    /// <summary>A timer on a user task that fires once the task is overdue (the red deadline timer) raises its OVERDUE escalation.</summary>
    public async Task<long?> EscalateOverdueTimerAsync(IKernelStep step, KernelInstance instance, KernelElement host)
    {
        if (host.UserTaskKey is not { } taskKey || await step.FindUserTaskForChangeAsync(taskKey) is not { } task) return null;
        return (await MarkOverdueAsync(step, instance, task))?.Key;
    }

    /// <summary>A new user task reached through an escalation becomes its head's decision task; a task with the
    /// <c>disputePositions</c> header carries both sides' positions (and opens a DISPUTE escalation when none led here).</summary>
    public async Task LinkDecisionTaskAsync(IKernelStep step, KernelInstance instance, KernelElement element, TaskNode node, KernelUserTask task)
    {
        var positions = node.Headers.TryGetValue(DisputePositionsHeader, out var source) && !string.IsNullOrWhiteSpace(source)
            ? Positions(step, instance, element, source)
            : null;
        if (element.CarriedKey is { } key && await FindEscalationAsync(step, key) is { State: EscalationState.Open, DecisionTaskKey: null } escalation)
        {
            step.Changes.Track(escalation, store.Model);
            escalation.DecisionTaskKey = task.Key;
            if (positions is not null) escalation.Positions = positions.ToJsonString();
            LinkTask(step, task, escalation.Key);
            return;
        }
        if (positions is not null)
            await OpenEscalationAsync(step, instance, task, isOrigin: false, EscalationReasons.Dispute, "DISPUTE",
                $"争议待决定：「{task.Name ?? task.ElementId}」（各方意见见附）", positions);
    }

    private static JsonArray Positions(IKernelStep step, KernelInstance instance, KernelElement element, string source)
    {
        var value = step.Evaluate(source, instance, element.Key, DisputePositionsHeader);
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
    public async Task SettleEscalationsOfTaskAsync(IKernelStep step, KernelUserTask task, string? actor, JsonObject? variables)
    {
        if (LinkedEscalation(task) is null) return;
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

    public void Resolve(IKernelStep step, EscalationEntity escalation, string resolution, string? by, JsonObject details)
    {
        step.Changes.Track(escalation, store.Model);
        escalation.State = EscalationState.Resolved;
        escalation.Resolution = resolution;
        escalation.ResolvedBy = by;
        escalation.ResolvedAt = step.Now;
        escalation.ResolutionDetails = details.ToJsonString();
    }

    /// <summary>Reads the escalation again inside a command's step, which loaded its instance first, so that a concurrent
    /// settlement committed after this read fails this step's commit (it runs again and sees the escalation resolved).</summary>
    public async Task<EscalationEntity> ReloadForChangeAsync(IKernelStep step, EscalationEntity first)
    {
        var escalation = await store.FindAsync(first.Key, step.Cancellation) ?? first;
        // Tracked from the start, so everything in this step changes this one object (and the commit finds it unchanged).
        step.Changes.Track(escalation, store.Model);
        return escalation;
    }

    public async Task<EscalationEntity?> FindEscalationAsync(IKernelStep step, long key) =>
        step.Changes.RowsOf<EscalationEntity>().FirstOrDefault(e => e.Key == key)
        ?? await store.FindAsync(key, step.Cancellation);

    private static string Text(long key) => key.ToString(CultureInfo.InvariantCulture);
}
