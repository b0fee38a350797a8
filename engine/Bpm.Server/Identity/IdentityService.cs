using Bpm.Engine.Runtime;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Tokens;
using Bpm.Server.Identity.Changes;
using Bpm.Server.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Identity;

/// <summary>Runs one change to people or organisations in its own context: the change and its audit record are saved
/// together (SaveChanges is one transaction) or not at all.</summary>
public sealed class IdentityService(IDbContextFactory<IdentityDbContext> contexts, CredentialValidator credentials, TimeProvider clock,
    SecurityStampCache stamps)
{
    public async Task<T> ChangeAsync<T>(string actor, Func<IdentityChanges, Task<T>> change, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var result = await change(new IdentityChanges(context, actor, clock.GetUtcNow()));
        var restamped = context.ChangeTracker.Entries<UserEntity>()
            .Where(entry => entry.State == EntityState.Modified && entry.Property(user => user.SecurityStamp).IsModified)
            .Select(entry => entry.Entity.Username).ToList();
        try
        {
            await context.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The checks passed, so a concurrent request stored the same key first.
            throw new EngineConflictException("该记录同时被另一请求修改，请刷新后重试。");
        }
        // This node ends the old tokens at once; other nodes within SecurityStampCache.MaxAge.
        foreach (var username in restamped)
            stamps.Forget(username);
        return result;
    }

    public Func<UserEntity, string> Hasher(string password) => user => credentials.HashPassword(user, password);

    /// <summary>Today in China (UTC+8, no daylight saving), where every user works.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
}
