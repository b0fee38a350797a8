using Bpm.Engine.People;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Time;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

internal sealed partial class UserTaskService
{
    /// <summary>Throws <see cref="UserTaskRuleViolationException"/> when <paramref name="performer"/> may not perform the task
    /// under the assignment rules its model declares.</summary>
    private async Task CheckAssignmentRulesAsync(StepExecution step, InstanceExecution instance, UserTaskEntity task, string performer,
        string field, CancellationToken ct)
    {
        var rules = AssignmentRules.Of(instance.Model.Node(task.ElementId));
        if (rules.RequiresCertificate) await RequireCertificateAsync(performer, ChinaTime.DateOf(step.Now), field, ct);
        if (rules.ExcludePerformersOf.Count > 0) await RequireSeparationAsync(task, rules.ExcludePerformersOf, performer, field, ct);
    }

    private async Task RequireCertificateAsync(string username, DateOnly date, string field, CancellationToken ct)
    {
        var reason = await OfficerQualification.ProblemAsync(people, username, date, ct);
        if (reason is not null)
            throw new UserTaskRuleViolationException(AssignmentRules.CertificateRule, AssignmentRules.CertificateLaw,
                $"{username}: 该任务须由持有效行政执法证的在编执法人员办理，{reason}（{AssignmentRules.CertificateLaw}）", field);
    }

    private async Task RequireSeparationAsync(UserTaskEntity task, IReadOnlyList<string> elementIds, string username, string field, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var earlier = await db.UserTasks.AsNoTracking()
            .Where(t => t.ProcessInstanceKey == task.ProcessInstanceKey && t.State == "COMPLETED" && elementIds.Contains(t.ElementId))
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
}
