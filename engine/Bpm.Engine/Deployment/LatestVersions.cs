using System.Collections.Concurrent;

namespace Bpm.Engine.Deployment;

/// <summary>The latest deployed version per id (form, decision), held briefly: a deployment on this node updates it at
/// once, one on another node is seen within <see cref="ProcessModelCache.LatestVersionLifetime"/>. An older version never
/// replaces a newer one.</summary>
internal sealed class LatestVersions<T>(TimeProvider clock, Func<T, string> idOf, Func<T, int> versionOf) where T : class
{
    private readonly ConcurrentDictionary<string, (T Value, long FetchedAt)> _latest = new(StringComparer.Ordinal);

    /// <summary>When a read of the latest version from the store starts (pass it to <see cref="Remember"/>).</summary>
    public long Now() => clock.GetTimestamp();

    public bool TryGetFresh(string id, out T value)
    {
        if (_latest.TryGetValue(id, out var latest) && clock.GetElapsedTime(latest.FetchedAt) < ProcessModelCache.LatestVersionLifetime)
        {
            value = latest.Value;
            return true;
        }
        value = null!;
        return false;
    }

    public void Remember(T value, long fetchedAt) =>
        _latest.AddOrUpdate(idOf(value), (value, fetchedAt),
            (_, current) => versionOf(current.Value) > versionOf(value) ? current : (value, fetchedAt));

    /// <summary>A version just deployed on this node is the latest at once.</summary>
    public void Deployed(T value) => Remember(value, clock.GetTimestamp());
}
