using Bpm.Engine.People;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

internal sealed partial class UserTaskService
{
    /// <summary>China keeps one offset all year and no daylight saving, so the fixed +8 needs no time-zone database.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Throws <see cref="UserTaskRuleViolationException"/> when <paramref name="performer"/> may not perform the task
    /// under the assignment rules its model declares.</summary>
    private async Task CheckAssignmentRulesAsync(StepExecution step, InstanceExecution instance, UserTaskEntity task, string performer,
        string field, CancellationToken ct)
    {
        var rules = AssignmentRules.Of(instance.Model.Node(task.ElementId));
        if (rules.RequiresCertificate) await RequireCertificateAsync(performer, DateOnly.FromDateTime(step.Now.ToOffset(ChinaOffset).DateTime), field, ct);
        if (rules.ExcludePerformersOf.Count > 0) await RequireSeparationAsync(task, rules.ExcludePerformersOf, performer, field, ct);
    }

    private async Task RequireCertificateAsync(string username, DateOnly date, string field, CancellationToken ct)
    {
        var person = await people.FindAsync(username, ct);
        string? reason = null;
        if (person is null) reason = "不是在职人员 (not an active user)";
        else if (person.EmploymentType != Person.Permanent) reason = $"用工性质为「{person.EmploymentType}」，不是在编人员 (not permanent staff)";
        else if (!(await people.CertificatesAsync(username, ct)).Any(c => c.IsValidOn(date)))
            reason = $"没有在 {date:yyyy-MM-dd} 有效的行政执法证（证件过期、暂扣或吊销）(no enforcement certificate valid on that date)";
        if (reason is not null)
            throw new UserTaskRuleViolationException(AssignmentRules.CertificateRule, AssignmentRules.CertificateLaw,
                $"{username}: 该任务须由持有效行政执法证的在编执法人员办理，{reason}（{AssignmentRules.CertificateLaw}）", field);
    }

    private async Task RequireSeparationAsync(UserTaskEntity task, IReadOnlyList<string> elementIds, string username, string field, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var instances = await InstanceAndCallersAsync(db, task.ProcessInstanceKey, ct);
        var earlier = await db.UserTasks.AsNoTracking()
            .Where(t => instances.Contains(t.ProcessInstanceKey) && t.State == "COMPLETED" && elementIds.Contains(t.ElementId))
            .Select(t => new { t.Key, t.ElementId, t.Assignee }).ToListAsync(ct);
        var keys = earlier.Select(t => t.Key).ToList();
        var completers = await db.UserTaskHistory.AsNoTracking()
            .Where(h => keys.Contains(h.TaskKey) && h.Event == UserTaskEvents.Completed)
            .Select(h => new { h.TaskKey, h.Actor }).ToListAsync(ct);
        var performed = earlier.Where(t => t.Assignee == username || completers.Any(c => c.TaskKey == t.Key && c.Actor == username))
            .Select(t => t.ElementId).Distinct().ToList();
        if (performed.Count > 0)
            throw new UserTaskRuleViolationException(AssignmentRules.SeparationRule, AssignmentRules.SeparationLaw,
                $"{username}: 已办理本案的「{string.Join("、", performed)}」，不得再办理该任务（审核人不得为调查人）({AssignmentRules.SeparationLaw})", field);
    }

    /// <summary>The task's instance and the instances that called it (call activities), nearest first: a reusable
    /// sub-process such as 法制审核 must not be reviewed by the investigator whose task is in the calling case.</summary>
    private static async Task<List<long>> InstanceAndCallersAsync(Persistence.BpmDbContext db, long instanceKey, CancellationToken ct)
    {
        var keys = new List<long> { instanceKey };
        long? current = instanceKey;
        while (keys.Count < 32)
        {
            var parent = await db.ProcessInstances.AsNoTracking().Where(i => i.Key == current).Select(i => i.ParentInstanceKey).FirstOrDefaultAsync(ct);
            if (parent is not { } next || keys.Contains(next)) break;
            keys.Add(next);
            current = next;
        }
        return keys;
    }
}
