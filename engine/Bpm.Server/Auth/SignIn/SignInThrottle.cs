using System.Collections.Concurrent;
using Bpm.Server.Auth.Tokens;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Auth.SignIn;

/// <summary>Counts failed sign-ins per username (as typed, whether or not it exists, so a lock reveals nothing) and per
/// client address. Past the free failures, each failure locks the key for a growing delay; a success clears the username's
/// count (not the address's). Kept in memory per node: a restart or another node starts counting afresh.</summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, [FromKeyedServices(AuthClock.Key)] TimeProvider clock)
{
    private const int MaxTrackedKeys = 100_000;

    private readonly SignInThrottleOptions limits = options.Value;
    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait before trying again; null when neither the username nor the address is locked.</summary>
    public TimeSpan? RetryAfter(string username, string address)
    {
        var now = clock.GetUtcNow();
        var until = new[] { LockedUntil(UserKey(username)), LockedUntil(AddressKey(address)) }.Max();
        return until > now ? until - now : null;
    }

    public void RecordFailure(string username, string address)
    {
        var now = clock.GetUtcNow();
        Fail(UserKey(username), limits.FailuresPerUsername, now);
        Fail(AddressKey(address), limits.FailuresPerAddress, now);
        if (counters.Count > MaxTrackedKeys)
            Prune(now);
    }

    public void RecordSuccess(string username) => counters.TryRemove(UserKey(username), out _);

    private DateTimeOffset LockedUntil(string key) =>
        counters.TryGetValue(key, out var counter) ? counter.LockedUntil : DateTimeOffset.MinValue;

    private void Fail(string key, int freeFailures, DateTimeOffset now) =>
        counters.AddOrUpdate(key,
            _ => Next(0, freeFailures, now),
            (_, counter) => Next(now - counter.LastFailure > limits.ForgetAfter ? 0 : counter.Failures, freeFailures, now));

    private Counter Next(int failuresBefore, int freeFailures, DateTimeOffset now)
    {
        var failures = failuresBefore + 1;
        if (failures < freeFailures)
            return new Counter(failures, now, DateTimeOffset.MinValue);
        var doublings = Math.Min(failures - freeFailures, 20);
        var lockFor = TimeSpan.FromTicks(Math.Min(limits.FirstLock.Ticks * (1L << doublings), limits.MaxLock.Ticks));
        return new Counter(failures, now, now + lockFor);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, counter) in counters)
        {
            if (counter.LockedUntil < now && now - counter.LastFailure > limits.FirstLock)
                counters.TryRemove(key, out _);
        }
    }

    private static string UserKey(string username) => "user:" + username.Trim().ToLowerInvariant();

    private static string AddressKey(string address) => "address:" + address;

    private sealed record Counter(int Failures, DateTimeOffset LastFailure, DateTimeOffset LockedUntil);
}
