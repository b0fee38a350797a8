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

    public string InvisibleMessage(string username, long processInstanceKey) =>
        $"{username}: 您无权查看案件 {processInstanceKey}：只有案件所属机构的人员、案件任务的参与人或管理员可以查看 "
        + "(only people of the case's unit, people who take part in its tasks, or an admin may see this case)";

    public string ReadOnlyMessage(string username, long processInstanceKey) =>
        $"{username}: 您对案件 {processInstanceKey} 只有查看权限 (read only)";

    public string StartUnitMessage(string username, string unit) =>
        $"{username}: 不能在机构 {unit} 立案：只能在本机构立案 (you may open cases only in your own unit)";

    public string UndeclaredStartersMessage => "：您没有可发起流程的角色";

    private static IReadOnlySet<string> Own(CaseCaller caller) =>
        caller.OrganisationId is { } own ? new HashSet<string>(StringComparer.Ordinal) { own } : new HashSet<string>(StringComparer.Ordinal);
}
