namespace Bpm.Server.Identity.Vocabulary;

/// <summary>The role names of the API and of tokens.</summary>
public static class IdentityRoles
{
    public const string Designer = "designer";
    public const string Officer = "officer";
    public const string Reviewer = "reviewer";
    public const string Head = "head";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    public static readonly string[] All = [Designer, Officer, Reviewer, Head, Supervisor, Admin];
}
