using Bpm.Server.Auth;
using Bpm.Server.Auth.Tokens;
using Bpm.Server.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Persistence;

/// <summary>Users as rows of the engine database (<c>IdentityDbContext.Users</c>).</summary>
internal sealed class DbUserDirectory(IDbContextFactory<IdentityDbContext> contexts) : IUserDirectory
{
    public async Task<UserEntity?> FindAsync(string username, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await context.Users.AsNoTracking().FirstOrDefaultAsync(user => user.Username == username, ct);
    }

    public async Task<bool> AddIfMissingAsync(UserEntity user, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        if (await context.Users.AnyAsync(existing => existing.Username == user.Username, ct))
            return false;
        if (string.IsNullOrEmpty(user.SecurityStamp))
            user.SecurityStamp = SecurityStamps.New();
        context.Users.Add(user);
        try
        {
            await context.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node seeded the same user at the same moment.
            return false;
        }
    }
}
