using System.Collections.Concurrent;

namespace Bpm.Server.Auth.Tokens;

/// <summary>The current security stamp of each user who presented a token, read from the user directory at most once per
/// <see cref="MaxAge"/>; null for a user who does not exist or is inactive. Changes made on this node are forgotten at once
/// (see <c>IdentityService</c>), so other nodes see a change within <see cref="MaxAge"/>.</summary>
public sealed class SecurityStampCache(IUserDirectory users, [FromKeyedServices(AuthClock.Key)] TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async ValueTask<string?> CurrentStampAsync(string username, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(username, out var cached) && now - cached.ReadAt < MaxAge)
            return cached.Stamp;
        var user = await users.FindAsync(username, ct);
        var stamp = user is { Active: true } ? user.SecurityStamp : null;
        entries[username] = new Entry(stamp, now);
        return stamp;
    }

    public void Forget(string username) => entries.TryRemove(username, out _);

    private sealed record Entry(string? Stamp, DateTimeOffset ReadAt);
}
