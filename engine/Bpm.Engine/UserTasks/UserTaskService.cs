using System.Text.Json.Nodes;
using Bpm.Engine.Hosting;
using Bpm.Engine.People;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Queries;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.UserTasks;

/// <summary>Reads check visibility outside a step; every change runs in an engine step that re-reads the task, checks the
/// rules on that fresh state and records the event. Two steps on the same task race on the instance revision: the loser
/// runs again and then sees the winner's change (a second claim answers 409).</summary>
internal sealed partial class UserTaskService(ProcessEngine engine, EngineContext context, IPeopleDirectory people,
    IDbContextFactory<BpmDbContext> contexts, AttachmentStore attachments, IOptions<EngineOptions> options, AssignmentRuleChecker rules,
    AttachmentQuota quota, Invariants.InvariantChecker invariants,
    Invariants.ClosedTaskAnswer closedTasks, Queries.ICaseLabelNumbers caseNumbers,
    IEnumerable<IUserTaskCompletionRule> completionRules, IEnumerable<IHandoverTargetRule> handoverRules) : IUserTaskService
{
    public async Task<UserTaskInfo> GetAsync(long taskKey, TaskActor actor, CancellationToken ct)
    {
        var (task, _) = await ReadVisibleAsync(taskKey, actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var labels = await CaseLabels.ForAsync(db, caseNumbers, [task.ProcessInstanceKey], ct);
        return UserTaskMapper.ToInfo(task, context.Clock.GetUtcNow(), options.Value.DeadlineWarningShare)
            with { Case = labels.GetValueOrDefault(task.ProcessInstanceKey) };
    }

    public async Task<IReadOnlyList<TaskHistoryInfo>> HistoryAsync(long taskKey, TaskActor actor, CancellationToken ct)
    {
        await ReadVisibleAsync(taskKey, actor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.UserTaskHistory.AsNoTracking().Where(h => h.TaskKey == taskKey).ToListAsync(ct);
        return rows.OrderBy(h => h.At).ThenBy(h => h.Key)
            .Select(h => new TaskHistoryInfo(h.Event, h.Actor, h.At, h.Details is null ? null : JsonNode.Parse(h.Details) as JsonObject))
            .ToList();
    }

    /// <summary>The task, after checking the caller may see it.</summary>
    private async Task<(UserTaskEntity Task, TaskAccess Access)> ReadVisibleAsync(long taskKey, TaskActor actor, CancellationToken ct)
    {
        var task = await context.Store.FindUserTaskAsync(taskKey, ct) ?? throw EngineNotFoundException.Missing("user task", taskKey);
        var access = await AccessAsync(task, actor, ct);
        access.RequireVisible();
        return (task, access);
    }

    /// <summary>A task command's visibility check, which the step runs before it refuses an ended case.</summary>
    private Func<Task> MaySee(long taskKey, TaskActor actor, CancellationToken ct) => () => ReadVisibleAsync(taskKey, actor, ct);

    private async Task<TaskAccess> AccessAsync(UserTaskEntity task, TaskActor actor, CancellationToken ct)
    {
        var viewer = await Viewer.ResolveAsync(actor, people, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var organisations = await db.UserTaskOrganisations.AsNoTracking().Where(o => o.TaskKey == task.Key)
            .Select(o => o.OrganisationId).ToListAsync(ct);
        return new TaskAccess(viewer, task, organisations);
    }

    /// <summary>One step on a task the caller may see: <paramref name="change"/> checks its rule and changes the task. With
    /// <paramref name="assigneeField"/> the new assignee must then satisfy the model's assignment rules, and with
    /// <paramref name="handover"/> also the handover rules (else the step is dropped).</summary>
    private Task<T> ChangeAsync<T>(long taskKey, TaskActor actor, bool requireOpen,
        Func<StepExecution, InstanceExecution, UserTaskEntity, TaskAccess, T> change, CancellationToken ct, string? assigneeField = null,
        bool handover = false) =>
        engine.RunCommandAsync(MaySee(taskKey, actor, ct), async step =>
        {
            var (task, instance) = await step.LoadUserTaskAsync(taskKey);
            var access = await AccessAsync(task, actor, ct);
            access.RequireVisible();
            if (requireOpen && task.State != UserTaskState.Created) throw new EngineConflictException($"{TaskLabel.Of(task)}已不是待办状态（{StateText<UserTaskState>.Of(task.State)}），不能再办理");
            T result;
            try
            {
                result = change(step, instance, task, access);
            }
            catch (TaskHeldConflict held)
            {
                throw new EngineConflictException(held.MessageNaming(await people.DisplayNameAsync(held.Holder, ct)));
            }
            if (assigneeField is not null && task.Assignee is { } assignee)
            {
                if (handover) await CheckHandoverTargetAsync(task, assignee, assigneeField, ct);
                await CheckAssignmentRulesAsync(step, instance, task, assignee, assigneeField, ct);
            }
            return result;
        }, ct);

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new InvalidCommandException($"缺少必填字段 {field}", field);
    }

    private static string Label(UserTaskEntity task) => task.Name ?? task.ElementId;
}
