using Bpm.Server.Auth.Tokens;
using Bpm.Server.Identity;
using Bpm.Server.Identity.Requests;
using Bpm.Server.Identity.Storage;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Auth;

/// <summary>Makes sure an <c>admin</c> user exists (embedded default: admin/admin, role admin). An <c>admin</c> that still
/// has the default password gets the configured one instead, so that an operator can leave the default behind by setting
/// <c>Bpm:Auth:AdminPassword</c>.</summary>
public sealed class AdminSeeder(IUserDirectory users, CredentialValidator credentials, IdentityService identity, IOptions<BpmAuthOptions> options,
    TimeProvider clock, ILogger<AdminSeeder> logger)
{
    public const string AdminUsername = "admin";

    /// <summary>The actor of the audit entry when the seed replaces the default password.</summary>
    public const string Actor = "system";

    public async Task SeedAsync(CancellationToken ct)
    {
        var password = options.Value.AdminPassword;
        var admin = new UserEntity
        {
            Username = AdminUsername,
            DisplayName = "系统管理员",
            Roles = RoleList.Format(["admin"]),
            CreatedAt = clock.GetUtcNow(),
            SecurityStamp = SecurityStamps.New(),
        };
        admin.PasswordHash = credentials.HashPassword(admin, password);
        if (await users.AddIfMissingAsync(admin, ct))
        {
            logger.LogInformation("Created user {Username} with role admin.", AdminUsername);
            return;
        }
        if (password == BpmAuthOptions.DefaultAdminPassword || await users.FindAsync(AdminUsername, ct) is not { } existing
            || !credentials.Verify(existing, BpmAuthOptions.DefaultAdminPassword))
            return;
        var update = new UserUpdate(null, null, null, null, null, null, password);
        await identity.ChangeAsync(Actor, changes => changes.UpdateUserAsync(AdminUsername, update, identity.Hasher(password), ct), ct);
        logger.LogWarning("User {Username} still had the default password; it now has the configured Bpm:Auth:AdminPassword.", AdminUsername);
    }
}
