namespace Bpm.Engine.People;

/// <summary>What task assignment and access rules need to know about a user: roles (designer, officer, reviewer, head,
/// supervisor, admin), group memberships, the organisation unit and its ancestors (nearest first), employment type.</summary>
public sealed record Person(string Username, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups,
    string? OrganisationId, IReadOnlyList<string> OrganisationAncestors, string EmploymentType)
{
    /// <summary>在编: a permanent civil-service post (only they may hold an enforcement certificate).</summary>
    public const string Permanent = "在编";
}
