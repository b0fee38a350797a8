using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.People;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.UserTasks;

namespace Bpm.Engine.Escalations;

internal sealed partial class EscalationService
{
    private const string OutcomeVariable = "escalationOutcome";

    public async Task<EscalationInfo> ReassignAsync(long escalationKey, string assignee, string? reason, TaskActor actor, CancellationToken ct)
    {
        Require(assignee, "assignee");
        await SettleAsync(escalationKey, actor, async (step, escalation) =>
        {
            var (origin, originInstance) = await OpenOriginAsync(step, escalation);
            var head = await people.DisplayNameAsync(actor.Username, ct);
            var previous = await step.ReassignUserTaskAsync(originInstance, origin, assignee,
                new JsonObject { ["escalationKey"] = Text(escalation.Key), ["reason"] = reason });
            step.Notify(assignee, NotificationKinds.Assigned, origin, $"负责人{head}将督办任务「{Label(origin)}」改派给您");
            return (EscalationResolutions.Reassigned, new JsonObject { ["assignee"] = assignee, ["previousAssignee"] = previous, ["reason"] = reason },
                $"负责人{head}已将任务「{Label(origin)}」改派给{await people.DisplayNameAsync(assignee, ct)}");
        }, ct);
        return await InfoAsync(escalationKey, ct);
    }

    /// <summary>A task no named deadline times has no statute to bound its extension; one extension moves it by at most this
    /// many working days (a head extends again, with a reason, when more is truly needed).</summary>
    public const int MaxTaskExtensionWorkingDays = 30;

    public async Task<EscalationInfo> ExtendAsync(long escalationKey, EscalationExtension extension, TaskActor actor, CancellationToken ct)
    {
        Require(extension.Reason, "reason");
        var given = (extension.WorkingDays is not null ? 1 : 0) + (extension.DueDate is not null ? 1 : 0);
        if (given != 1) throw new InvalidCommandException("延长工作日 workingDays 与新到期时间 dueDate 须且只能填写一项", extension.WorkingDays is null ? "workingDays" : "dueDate");
        if (extension.WorkingDays is < 1) throw new InvalidCommandException($"延长工作日 workingDays 至少为 1，收到 {extension.WorkingDays}", "workingDays");
        if (!string.IsNullOrWhiteSpace(extension.Deadline) && extension.WorkingDays is null)
            throw new InvalidCommandException("延长法定期限须填写延长天数 workingDays（按该期限自身的计日方式）", "workingDays");
        await SettleAsync(escalationKey, actor, async (step, escalation) =>
        {
            var (origin, originInstance) = await OpenOriginAsync(step, escalation);
            var previous = origin.DueDate;
            JsonObject? deadline = null;
            // A task timed by a named deadline (dueDate = deadlines.x.due) is extended through that deadline: its statutory
            // maximum applies and its history shows the extension, instead of the task alone leaving the statute behind.
            var deadlineName = !string.IsNullOrWhiteSpace(extension.Deadline) ? extension.Deadline.Trim()
                : extension.WorkingDays is not null ? stepDeadlines.TimingDeadlineOf(originInstance, origin) : null;
            if (deadlineName is not null)
            {
                deadline = await stepDeadlines.ExtendAsync(step, originInstance, deadlineName, extension.WorkingDays!.Value,
                    actor.Username, extension.Reason!);
            }
            else
            {
                if (extension.WorkingDays is > MaxTaskExtensionWorkingDays)
                    throw new InvalidCommandException(
                        $"任务「{Label(origin)}」不受法定期限约束，单次最多延长 {MaxTaskExtensionWorkingDays} 个工作日，收到 {extension.WorkingDays}", "workingDays");
                var due = extension.DueDate ?? deadlines.Extended(previous ?? step.Now, extension.WorkingDays!.Value, Deadlines.DeadlineUnits.Working,
                    origin.OrganisationId);
                var latest = deadlines.Extended(previous is { } from && from > step.Now ? from : step.Now, MaxTaskExtensionWorkingDays,
                    Deadlines.DeadlineUnits.Working, origin.OrganisationId);
                if (due > latest)
                    throw new InvalidCommandException(
                        $"新的到期时间 {Time.ChinaTime.Minutes(due)} 超出单次延期上限（{MaxTaskExtensionWorkingDays} 个工作日，即不晚于 {Time.ChinaTime.Minutes(latest)}）", "dueDate");
                if (previous is { } before && due <= before)
                    throw new InvalidCommandException($"新的到期时间 {Time.ChinaTime.Minutes(due)} 须晚于原到期时间 {Time.ChinaTime.Minutes(before)}", "dueDate");
                if (extension.DueDate is not null && due <= step.Now)
                    throw new InvalidCommandException($"新的到期时间 {Time.ChinaTime.Minutes(due)} 须晚于现在", "dueDate");
                step.SetUserTaskDueDate(origin, due);
            }
            step.RecordTaskEvent(originInstance, origin, UserTaskEvents.Extended, actor.Username, new JsonObject
            {
                ["previousDueDate"] = previous?.ToString("O"), ["dueDate"] = origin.DueDate?.ToString("O"), ["reason"] = extension.Reason,
                ["deadline"] = deadlineName, ["escalationKey"] = Text(escalation.Key),
            });
            var details = new JsonObject
            {
                ["previousDueDate"] = previous?.ToString("O"), ["dueDate"] = origin.DueDate?.ToString("O"), ["reason"] = extension.Reason,
                ["workingDays"] = extension.WorkingDays, ["deadline"] = deadlineName, ["deadlineDue"] = deadline?["due"]?.DeepClone(),
            };
            var until = origin.DueDate is { } newDue ? Time.ChinaTime.Minutes(newDue) : "";
            return (EscalationResolutions.Extended, details, $"负责人{await people.DisplayNameAsync(actor.Username, ct)}已将任务「{Label(origin)}」的期限延长至 {until}（理由：{extension.Reason}）");
        }, ct);
        return await InfoAsync(escalationKey, ct);
    }

    public async Task<EscalationInfo> DecideAsync(long escalationKey, string decision, JsonObject? variables, TaskActor actor, CancellationToken ct)
    {
        Require(decision, "decision");
        Limits.VariableSize.CheckIncoming(context.Options.Limits, variables);
        await SettleAsync(escalationKey, actor, async (step, escalation) =>
        {
            var details = new JsonObject { ["decision"] = decision, ["variables"] = variables?.DeepClone() };
            if (await OpenDecisionTaskAsync(step, escalation) is { } decisionTask)
            {
                var (task, taskInstance) = decisionTask;
                step.RecordTaskHistory(task, "ESCALATION_DECIDED", actor.Username, details);
                await step.CompleteUserTaskAsync(taskInstance, task, variables, validate: true);
            }
            else if (escalation.OriginTaskKey is { } originKey && await step.FindUserTaskForChangeAsync(originKey) is { } origin)
            {
                step.RecordTaskHistory(origin, "ESCALATION_DECIDED", actor.Username, details);
            }
            return (EscalationResolutions.Decided, details, $"负责人{await people.DisplayNameAsync(actor.Username, ct)}对「{escalation.OriginName ?? escalation.Message}」作出决定：{decision}");
        }, ct, decisionCompletesItself: true);
        return await InfoAsync(escalationKey, ct);
    }

    /// <summary>One step (a module command on the escalation's case): the escalation (re-read after its instance) must be
    /// open and the caller may settle it; the action changes the tasks; the escalation is resolved; an open decision task
    /// completes with <c>escalationOutcome</c>; the escalated officer is told.</summary>
    private async Task SettleAsync(long escalationKey, TaskActor actor,
        Func<IKernelCommandStep, EscalationEntity, Task<(string Resolution, JsonObject Details, string Message)>> action,
        CancellationToken ct, bool decisionCompletesItself = false)
    {
        var first = await store.FindAsync(escalationKey, ct) ?? throw NotFound(escalationKey);
        await commands.RunAsync(first.ProcessInstanceKey, actor, async step =>
        {
            var escalation = await steps.ReloadForChangeAsync(step, first);
            (await AccessAsync(escalation, actor, ct)).RequireSettle();
            if (escalation.State != EscalationState.Open)
                throw new EngineConflictException($"督办事项 {escalationKey} 已处理（{escalation.Resolution}）");
            var (resolution, details, message) = await action(step, escalation);
            steps.Resolve(step, escalation, resolution, actor.Username, details);
            step.RecordHistory(step.Instance, "ESCALATION_RESOLVED", escalation.OriginElementId, "userTask", null, name: actor.Username,
                value: new JsonObject { ["escalationKey"] = Text(escalation.Key), ["resolution"] = resolution, ["details"] = details.DeepClone() },
                by: actor.Username, reason: details["reason"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? details["reason"]!.GetValue<string>() : null);
            if (!decisionCompletesItself && await OpenDecisionTaskAsync(step, escalation) is { } decisionTask)
            {
                var (task, taskInstance) = decisionTask;
                var outcome = new JsonObject { ["action"] = resolution, ["by"] = actor.Username, ["details"] = details.DeepClone() };
                await step.CompleteUserTaskAsync(taskInstance, task, new JsonObject { [OutcomeVariable] = outcome }, validate: false);
            }
            if (escalation.OriginTaskKey is { } originKey && await step.FindUserTaskForChangeAsync(originKey) is { } origin)
                foreach (var recipient in new[] { escalation.OriginAssignee, origin.Assignee }.OfType<string>().Distinct().Where(r => r != actor.Username))
                    step.Notify(recipient, EscalationNotificationKinds.EscalationResolved, origin, message);
            return true;
        }, ct, MaySee(escalationKey, actor, ct));
    }

    /// <summary>The escalated task, which must still be open.</summary>
    private static async Task<(KernelUserTask Task, KernelInstance Instance)> OpenOriginAsync(IKernelStep step, EscalationEntity escalation)
    {
        if (escalation.OriginTaskKey is not { } originKey)
            throw new EngineConflictException($"督办 {escalation.Key} 没有被督办的任务（属于争议），请作出决定");
        var origin = await step.FindUserTaskForChangeAsync(originKey) ?? throw new EngineConflictException($"被督办的任务 {originKey} 已不存在");
        if (origin.State != UserTaskState.Created) throw new EngineConflictException($"被督办的任务 {originKey} 状态为 {StateText<UserTaskState>.Of(origin.State)}，不是待办（CREATED）");
        return (origin, await step.LoadInstanceAsync(origin.ProcessInstanceKey));
    }

    /// <summary>The head's decision task, while it is open and its element still waits on it.</summary>
    private static async Task<(KernelUserTask Task, KernelInstance Instance)?> OpenDecisionTaskAsync(IKernelCommandStep step, EscalationEntity escalation)
    {
        if (escalation.DecisionTaskKey is not { } key || await step.FindUserTaskForChangeAsync(key) is not { State: UserTaskState.Created } task) return null;
        var instance = await step.LoadInstanceAsync(task.ProcessInstanceKey);
        return step.WaitingElementOf(instance, task) is not null ? (task, instance) : null;
    }

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new InvalidCommandException($"缺少必填字段 {field}", field);
    }

    private static string Label(KernelUserTask task) => task.Name ?? task.ElementId;

    private static string Text(long key) => key.ToString(CultureInfo.InvariantCulture);
}
