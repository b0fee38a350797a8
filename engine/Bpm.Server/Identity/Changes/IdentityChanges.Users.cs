using Bpm.Engine.Runtime;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Tokens;
using Bpm.Server.Identity.Requests;
using Bpm.Server.Identity.Responses;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Identity.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity.Changes;

public sealed partial class IdentityChanges
{
    public async Task<UserEntity> AddUserAsync(NewUser request, Func<UserEntity, string> hashPassword, CancellationToken ct)
    {
        if (await context.Users.FindAsync([request.Username], ct) is not null)
            throw new EngineConflictException($"用户 {request.Username} 已存在。");
        await CheckOrganisationAsync(request.OrganisationId, "organisationId", ct);

        var user = new UserEntity
        {
            Username = request.Username,
            DisplayName = request.DisplayName,
            OrganisationId = request.OrganisationId,
            Roles = RoleList.Format(request.Roles),
            Groups = RoleList.Format(request.Groups),
            EmploymentType = request.EmploymentType,
            Active = true,
            CreatedAt = now,
            SecurityStamp = SecurityStamps.New(),
        };
        user.PasswordHash = hashPassword(user);
        context.Users.Add(user);
        Audit("user.created", AuditEntities.User, user.Username, null, UserProfile.From(user));
        return user;
    }

    /// <summary>A user who still holds a certificate that is not revoked must stay 在编: revoke it first.</summary>
    public async Task<UserEntity> UpdateUserAsync(string username, UserUpdate update, Func<UserEntity, string> hashPassword, CancellationToken ct)
    {
        var user = await UserAsync(username, ct);
        var before = UserProfile.From(user);
        if (update.OrganisationId is not null)
            await CheckOrganisationAsync(update.OrganisationId, "organisationId", ct);
        if (update.EmploymentType is { } type && type != EmploymentTypes.Permanent)
        {
            var held = await context.Certificates.AnyAsync(c => c.Username == username && c.Status != CertificateStatuses.Revoked, ct);
            if (held)
                throw CertificateRuleViolation(username, type, "employmentType");
        }

        user.DisplayName = update.DisplayName ?? user.DisplayName;
        user.OrganisationId = update.OrganisationId ?? user.OrganisationId;
        user.Roles = update.Roles is null ? user.Roles : RoleList.Format(update.Roles);
        user.Groups = update.Groups is null ? user.Groups : RoleList.Format(update.Groups);
        user.EmploymentType = update.EmploymentType ?? user.EmploymentType;
        user.Active = update.Active ?? user.Active;
        var after = UserProfile.From(user);
        if (!SameProfile(before, after))
            Audit("user.updated", AuditEntities.User, username, before, after);
        if (update.Password is not null)
        {
            user.PasswordHash = hashPassword(user);
            Audit("user.password-changed", AuditEntities.User, username, null, null);
        }
        // What a token stands for changed: end the tokens issued before.
        if (update.Password is not null || before.Active != after.Active || before.OrganisationId != after.OrganisationId
            || !before.Roles.SequenceEqual(after.Roles))
            user.SecurityStamp = SecurityStamps.New();
        return user;
    }

    private static bool SameProfile(UserProfile a, UserProfile b) =>
        AuditJson.Serialize(a) == AuditJson.Serialize(b);
}
