using Bpm.Server.Auth;
using Bpm.Server.Identity.Storage;

namespace Bpm.Server.Identity.Responses;

/// <summary>A user's own fields, never the password hash; also what the audit trail records before and after a change.</summary>
public sealed record UserProfile(string Username, string DisplayName, string? OrganisationId, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Groups, string EmploymentType, bool Active, QualificationResponse? Qualification)
{
    public static UserProfile From(UserEntity user) => new(user.Username, user.DisplayName, user.OrganisationId,
        RoleList.Parse(user.Roles), RoleList.Parse(user.Groups), user.EmploymentType, user.Active, QualificationResponse.From(user));
}
