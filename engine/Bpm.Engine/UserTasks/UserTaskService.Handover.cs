using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.UserTasks;

internal sealed partial class UserTaskService
{
    /// <summary>Throws when <paramref name="target"/> may not receive <paramref name="task"/> (<see cref="HandoverRules"/>, <see cref="IHandoverTargetRule"/>):
    /// 400 naming the field for an unknown or inactive user, 409 with the rule otherwise. Nothing changes.</summary>
    internal async Task CheckHandoverTargetAsync(UserTaskEntity task, string target, string field, CancellationToken ct)
    {
        var person = await people.FindAsync(target, ct)
            ?? throw new InvalidCommandException($"用户「{target}」不存在或已停用，不能接收任务「{Label(task)}」；请从人员列表中选择", field);
        foreach (var rule in handoverRules) await rule.CheckAsync(person, Label(task), field, ct);
        if (person.Roles.Contains("admin"))
            return;
        if (task.OrganisationId is not { } taskUnit)
            return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var unitAndAbove = await db.UserTaskOrganisations.AsNoTracking().Where(o => o.TaskKey == task.Key)
            .Select(o => o.OrganisationId).ToListAsync(ct);
        var unit = person.OrganisationId;
        var withinReach = unit is not null && (unit == taskUnit || unitAndAbove.Contains(unit) || person.OrganisationAncestors.Contains(taskUnit));
        if (!withinReach)
            throw new UserTaskRuleViolationException(HandoverRules.TargetOutsideUnit, HandoverRules.Basis,
                $"{person.DisplayName}不属于任务「{Label(task)}」所属机构或其上下级机构，无法查看和办理该案件", field);
    }
}
