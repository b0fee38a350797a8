using System.Text.Json.Nodes;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Time;
using Bpm.Engine.UserTasks;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Invariants;

/// <summary>Answers a completion of a task that a rule closed: the task's CANCELED history names the boundary event that
/// interrupted it, and that event's <see cref="ClosingRuleProperty"/> the rule. The person is refused with 409 naming the
/// rule, its article, when the task closed (Beijing time) and why; a task closed otherwise keeps the plain "not open"
/// answer.</summary>
internal sealed class ClosedTaskAnswer(IDbContextFactory<BpmDbContext> contexts, InvariantCatalogue catalogue)
{
    public async Task ThrowIfClosedByRuleAsync(InstanceExecution instance, UserTaskEntity task, CancellationToken ct)
    {
        if (task.State != UserTaskState.Canceled) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var details = await db.UserTaskHistory.AsNoTracking()
            .Where(h => h.TaskKey == task.Key && h.Event == UserTaskEvents.Canceled && h.Details != null)
            .Select(h => h.Details).FirstOrDefaultAsync(ct);
        var closing = details is null ? null : JsonNode.Parse(details) as JsonObject;
        if (closing?[UserTaskEvents.ClosedByDetail]?.GetValue<string>() is not { } boundaryId) return;
        if (!instance.Model.ElementsById.TryGetValue(boundaryId, out var boundary)
            || ClosingRuleProperty.Of(boundary as Model.FlowNode) is not { } ruleId || !catalogue.Contains(ruleId))
            return;
        var (rule, _) = catalogue.Get(ruleId);
        var at = closing[UserTaskEvents.ClosedAtDetail]?.GetValue<DateTimeOffset>() ?? task.CompletedAt;
        var closedAt = at is { } instant ? ChinaTime.Minutes(instant) + "（北京时间）" : "此前";
        throw new UserTaskRuleViolationException(rule.Id, rule.Law,
            $"任务「{task.Name ?? task.ElementId}」已于 {closedAt}因「{boundary.Name ?? boundary.Id}」关闭，不能再办理：{rule.Message}（{rule.Law}）");
    }
}
