namespace Bpm.Enforcement.Roles;

/// <summary>The Chinese names of the directory's roles, for texts a person reads (the studio keeps the same map in
/// designer/src/i18n/zh.ts <c>shell.roles</c>); a role the map does not know is shown as it is stored.</summary>
public static class RoleNames
{
    public const string Officer = "officer";
    public const string Reviewer = "reviewer";
    public const string Head = "head";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    private static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["designer"] = "流程设计人员",
        ["officer"] = "执法人员",
        ["reviewer"] = "法制审核人员",
        ["head"] = "负责人",
        ["supervisor"] = "监督人员",
        ["admin"] = "管理员",
    };

    public static string Of(string role) => Names.TryGetValue(role, out var name) ? name : role;
}
