using Bpm.Engine.Persistence.Entities;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Auth;

/// <summary>Makes sure an <c>admin</c> user exists (embedded default: admin/admin, role admin).</summary>
public sealed class AdminSeeder(IUserDirectory users, CredentialValidator credentials, IOptions<BpmAuthOptions> options,
    TimeProvider clock, ILogger<AdminSeeder> logger)
{
    public const string AdminUsername = "admin";

    public async Task SeedAsync(CancellationToken ct)
    {
        var admin = new UserEntity
        {
            Username = AdminUsername,
            DisplayName = "系统管理员",
            Roles = RoleList.Format(["admin"]),
            CreatedAt = clock.GetUtcNow(),
        };
        admin.PasswordHash = credentials.HashPassword(admin, options.Value.AdminPassword);
        if (await users.AddIfMissingAsync(admin, ct))
            logger.LogInformation("Created user {Username} with role admin.", AdminUsername);
    }
}
