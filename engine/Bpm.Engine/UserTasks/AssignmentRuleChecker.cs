using Bpm.Engine.Model;
using Bpm.Engine.People;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

/// <summary>Checks a performer against the assignment rules a task's model declares (certificate, separation of duties).
/// Used when people act on a task and when the model itself names the assignee at creation.</summary>
internal sealed class AssignmentRuleChecker(IPeopleDirectory people, IDbContextFactory<BpmDbContext> contexts)
{
    /// <summary>Throws <see cref="UserTaskRuleViolationException"/> when <paramref name="performer"/> may not perform the task.
    /// <paramref name="uncommitted"/> holds tasks (and their history) changed by the running step but not yet stored, such as the
    /// investigation completed in the same step that creates the review.</summary>
    public async Task CheckAsync(FlowNode node, UserTaskEntity task, string performer, DateTimeOffset now, string field, CancellationToken ct,
        (IReadOnlyList<UserTaskEntity> Tasks, IReadOnlyList<UserTaskHistoryEntity> History)? uncommitted = null)
    {
        var rules = AssignmentRules.Of(node);
        if (rules.RequiresCertificate) await RequireCertificateAsync(performer, Time.ChinaTime.DateOf(now), field, ct);
        if (rules.ExcludePerformersOf.Count > 0) await RequireSeparationAsync(task, rules, performer, field, ct, uncommitted);
        if (rules.RequiresLegalQualification) await RequireLegalQualificationAsync(performer, field, ct);
    }

    /// <summary>The person a completion names in the task's <see cref="AssignmentRules.SeparatedPersonField"/> (by username) must
    /// be a known user (else 400 naming the field) who performed, completed or confirmed none of the excluded tasks (else 409
    /// naming the field). Compared by username, so a namesake or a misspelt name neither slips through nor is confused.</summary>
    public async Task CheckNamedPersonAsync(FlowNode node, UserTaskEntity task, System.Text.Json.Nodes.JsonObject? variables, CancellationToken ct)
    {
        var rules = AssignmentRules.Of(node);
        if (rules.SeparatedPersonField is not { } field || rules.ExcludePerformersOf.Count == 0) return;
        if (variables?[field] is not System.Text.Json.Nodes.JsonValue value || !value.TryGetValue<string>(out var username) || username.Length == 0) return;
        if (await people.FindAsync(username, ct) is null)
            throw new Runtime.InvalidCommandException($"{field}：用户「{username}」不在组织机构人员名册中，请从本机构执法人员中选择", field);
        await RequireSeparationAsync(task, rules, username, field, ct, uncommitted: null, role: $"担任 {field}");
    }

    private async Task RequireCertificateAsync(string username, DateOnly date, string field, CancellationToken ct)
    {
        if (await OfficerQualification.ProblemAsync(people, username, date, ct) is { } reason)
            throw new UserTaskRuleViolationException(AssignmentRules.CertificateRule, AssignmentRules.CertificateLaw,
                $"{await people.DisplayNameAsync(username, ct)}：该任务须由持有效行政执法证的在编执法人员办理，{reason}（{AssignmentRules.CertificateLaw}）", field);
    }

    private async Task RequireLegalQualificationAsync(string username, string field, CancellationToken ct)
    {
        if (!await people.HasLegalQualificationAsync(username, ct))
            throw new UserTaskRuleViolationException(AssignmentRules.LegalQualificationRule, AssignmentRules.LegalQualificationLaw,
                $"该任务须由取得法律职业资格的法制审核人员办理，{await people.DisplayNameAsync(username, ct)}未登记法律职业资格（{AssignmentRules.LegalQualificationLaw}）", field);
    }

    /// <summary>Whoever was assigned, completed or confirmed (a second officer's confirmation) one of the named tasks, in this
    /// instance or a calling one, may not perform this task.</summary>
    private async Task RequireSeparationAsync(UserTaskEntity task, AssignmentRules rules, string username, string field, CancellationToken ct,
        (IReadOnlyList<UserTaskEntity> Tasks, IReadOnlyList<UserTaskHistoryEntity> History)? uncommitted, string? role = null)
    {
        var elementIds = rules.ExcludePerformersOf;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var instances = await InstanceAndCallersAsync(db, task.ProcessInstanceKey, ct);
        var earlier = await db.UserTasks.AsNoTracking()
            .Where(t => instances.Contains(t.ProcessInstanceKey) && t.State == UserTaskState.Completed && elementIds.Contains(t.ElementId))
            .Select(t => new { t.Key, t.ElementId, t.Name, t.Assignee }).ToListAsync(ct);
        var keys = earlier.Select(t => t.Key).ToList();
        var completers = await db.UserTaskHistory.AsNoTracking()
            .Where(h => keys.Contains(h.TaskKey) && (h.Event == UserTaskEvents.Completed || h.Event == UserTaskEvents.Confirmed))
            .Select(h => new { h.TaskKey, h.Actor }).ToListAsync(ct);
        var performed = earlier.Where(t => t.Assignee == username || completers.Any(c => c.TaskKey == t.Key && c.Actor == username))
            .Select(t => t.Name ?? t.ElementId).ToList();
        if (uncommitted is { Tasks: var tasks, History: var history })
            performed.AddRange(tasks.Where(t => instances.Contains(t.ProcessInstanceKey) && t.State == UserTaskState.Completed && elementIds.Contains(t.ElementId)
                    && (t.Assignee == username || history.Any(h => h.TaskKey == t.Key && (h.Event is UserTaskEvents.Completed or UserTaskEvents.Confirmed) && h.Actor == username)))
                .Select(t => t.Name ?? t.ElementId));
        performed = performed.Distinct().ToList();
        if (performed.Count > 0)
        {
            var law = rules.SeparationBasis ?? AssignmentRules.SeparationLaw;
            throw new UserTaskRuleViolationException(AssignmentRules.SeparationRule, law,
                $"{await people.DisplayNameAsync(username, ct)}已办理或确认本案的「{string.Join("」「", performed)}」，不得再{role ?? "办理该任务"}（{law}）", field);
        }
    }

    /// <summary>The task's instance and the instances that called it (call activities), nearest first: a reusable
    /// sub-process such as 法制审核 must not be reviewed by the investigator whose task is in the calling case.</summary>
    private static async Task<List<long>> InstanceAndCallersAsync(BpmDbContext db, long instanceKey, CancellationToken ct)
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
