using System.Text.Json.Nodes;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

internal sealed partial class UserTaskService
{
    public Task ConfirmAsync(long taskKey, TaskActor actor, CancellationToken ct) =>
        engine.RunCommandAsync(MaySee(taskKey, actor, ct), async step =>
        {
            var (task, instance) = await step.LoadUserTaskAsync(taskKey);
            var access = await AccessAsync(task, actor, ct);
            access.RequireVisible();
            if (task.State != UserTaskState.Created) throw new EngineConflictException($"{TaskLabel.Of(task)}已不是待办状态（{StateText<UserTaskState>.Of(task.State)}），不能再办理");
            var rules = AssignmentRules.Of(instance.Model.Node(task.ElementId));
            if (rules.RequiredOfficers == 0) throw new EngineConflictException($"{TaskLabel.Of(task)}不需要确认");
            var confirmed = await ConfirmersAsync(task.Key, ct);
            if (confirmed.Contains(actor.Username)) throw new EngineConflictException($"{await People.PeopleNames.DisplayNameAsync(people, actor.Username, ct)}已确认过{TaskLabel.Of(task)}");
            await CheckAssignmentRulesAsync(step, instance, task, actor.Username, "officer", ct);
            step.RecordTaskEvent(instance, task, UserTaskEvents.Confirmed, actor.Username, new JsonObject
            {
                ["confirmations"] = confirmed.Count + 1,
                ["requiredOfficers"] = rules.RequiredOfficers,
            });
            return true;
        }, ct);

    /// <summary>Refuses completion before <c>requiredOfficers</c> distinct officers confirmed the task.</summary>
    private async Task RequireConfirmationsAsync(InstanceExecution instance, UserTaskEntity task, CancellationToken ct)
    {
        var required = AssignmentRules.Of(instance.Model.Node(task.ElementId)).RequiredOfficers;
        if (required == 0) return;
        var confirmed = await ConfirmersAsync(task.Key, ct);
        if (confirmed.Count < required)
            throw new UserTaskRuleViolationException(AssignmentRules.OfficersRule, AssignmentRules.OfficersLaw,
                $"该任务须由至少 {required} 名执法人员分别确认后方可完成，目前确认 {confirmed.Count} 人" +
                $"（{string.Join("、", confirmed)}）({AssignmentRules.OfficersLaw})");
    }

    private async Task<List<string>> ConfirmersAsync(long taskKey, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var actors = await db.UserTaskHistory.AsNoTracking()
            .Where(h => h.TaskKey == taskKey && h.Event == UserTaskEvents.Confirmed && h.Actor != null)
            .Select(h => h.Actor!).ToListAsync(ct);
        return actors.Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
