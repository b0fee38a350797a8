using Bpm.Engine.Cases;
using Bpm.Engine.People;
using Bpm.Enforcement.Roles;

namespace Bpm.Enforcement.Cases;

/// <summary>Who reaches which case in enforcement work (docs/security.md): officers act on the cases of their own unit,
/// heads on those of their unit and every unit below it; a reviewer (法制审核) reads the cases of their unit; a supervisor
/// (司法局) reads the cases of every unit of the area they oversee. Officers open cases in their own unit, heads also below
/// it; a process that names no starters is started by officers and heads.</summary>
public sealed class EnforcementCaseAccessPolicy(IPeopleDirectory people) : ICaseAccessPolicy
{
    public async Task<CaseUnits> UnitsAsync(CaseCaller caller, CancellationToken ct)
    {
        var act = new HashSet<string>(StringComparer.Ordinal);
        var read = new HashSet<string>(StringComparer.Ordinal);
        if (caller.OrganisationId is not { } own) return new CaseUnits(act, read);
        if (caller.Roles.Contains(RoleNames.Officer)) act.Add(own);
        if (caller.Roles.Contains(RoleNames.Head)) act.UnionWith(await people.OrganisationSubtreeAsync(own, ct));
        read.UnionWith(act);
        // The case-level commands are the officers' and heads'; a reviewer only reads.
        if (caller.Roles.Contains(RoleNames.Reviewer)) read.Add(own);
        if (caller.SupervisedArea is { } area) read.UnionWith(await people.OrganisationSubtreeAsync(area, ct));
        return new CaseUnits(act, read);
    }

    public async Task<IReadOnlySet<string>> StartUnitsAsync(CaseCaller caller, CancellationToken ct)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        if (caller.OrganisationId is not { } own) return units;
        units.Add(own);
        if (caller.Roles.Contains(RoleNames.Head)) units.UnionWith(await people.OrganisationSubtreeAsync(own, ct));
        return units;
    }

    public bool MayStartUndeclared(CaseCaller caller) => caller.Roles.Contains(RoleNames.Officer) || caller.Roles.Contains(RoleNames.Head);

    public string RoleName(string role) => RoleNames.Of(role);

    public string InvisibleRule =>
        "只有案件所属机构的执法人员和法制审核人员、该机构或上级机构的负责人、监督该机构的司法局监督人、案件任务的参与人或管理员可以查看该案件";

    public string ReadOnlyRule =>
        "对该案件只有查看权限；撤销案件、暂停/恢复/延长期限、处理异常只能由案件所属机构的执法人员、"
        + "该机构或上级机构的负责人或管理员办理，法制审核人员、司法局监督人和其他机构的参与人只读";

    public string StartUnitRule(string unitLabel) => $"不能在{unitLabel}立案，执法人员只能在本机构立案，负责人可在本机构及下级机构立案";

    public string UndeclaredStartersRule => "只有执法人员、负责人或管理员可以发起";
}
