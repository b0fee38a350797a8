namespace Bpm.Engine.Cases;

/// <summary>The kernel's case access without a domain module: a caller acts on and opens the cases of their own unit, and
/// any holder of a case role may start a process whose model names no starters.</summary>
public sealed class OwnUnitCaseAccessPolicy : ICaseAccessPolicy
{
    public Task<CaseUnits> UnitsAsync(CaseCaller caller, CancellationToken ct)
    {
        var own = Own(caller);
        return Task.FromResult(new CaseUnits(own, own));
    }

    public Task<IReadOnlySet<string>> StartUnitsAsync(CaseCaller caller, CancellationToken ct) => Task.FromResult(Own(caller));

    public bool MayStartUndeclared(CaseCaller caller) => true;

    public string InvisibleRule => "只有案件所属机构的人员、案件任务的参与人或管理员可以查看该案件";

    public string ReadOnlyRule => "对该案件只有查看权限";

    public string StartUnitRule(string unitLabel) => $"不能在{unitLabel}立案，只能在本机构立案";

    public string UndeclaredStartersRule => "没有可发起流程的角色";

    private static IReadOnlySet<string> Own(CaseCaller caller) =>
        caller.OrganisationId is { } own ? new HashSet<string>(StringComparer.Ordinal) { own } : new HashSet<string>(StringComparer.Ordinal);
}
