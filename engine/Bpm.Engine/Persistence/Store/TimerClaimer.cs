using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Persistence.Store;

/// <summary>Claims due timers for one node's sweep in a single statement. On PostgreSQL the candidate rows are read
/// FOR UPDATE SKIP LOCKED, so two nodes claiming at once get disjoint sets without waiting on each other; SQLite has one
/// writer and needs no more. A claim is a lease: a node that dies while firing leaves it to expire.</summary>
internal sealed class TimerClaimer(DatabaseProvider provider)
{
    private const string Timer = "TIMER";

    public Task<List<SubscriptionEntity>> ClaimAsync(BpmDbContext context, string owner, DateTimeOffset now, DateTimeOffset claimUntil,
        int max, CancellationToken ct)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var at = now.ToUniversalTime();
            var until = claimUntil.ToUniversalTime();
            return context.Subscriptions.FromSqlInterpolated($"""
                UPDATE subscriptions SET claimed_by = {owner}, claimed_until = {until}
                WHERE key IN (
                    SELECT key FROM subscriptions
                    WHERE kind = {Timer} AND due_at <= {at} AND (claimed_until IS NULL OR claimed_until <= {at})
                    ORDER BY due_at
                    LIMIT {max}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """).AsNoTracking().ToListAsync(ct);
        }
        // SQLite keeps DateTimeOffset as UTC ticks (see UtcTicksConverter); raw SQL compares ticks.
        var ticks = now.UtcTicks;
        var untilTicks = claimUntil.UtcTicks;
        return context.Subscriptions.FromSqlInterpolated($"""
            UPDATE subscriptions SET claimed_by = {owner}, claimed_until = {untilTicks}
            WHERE key IN (
                SELECT key FROM subscriptions
                WHERE kind = {Timer} AND due_at <= {ticks} AND (claimed_until IS NULL OR claimed_until <= {ticks})
                ORDER BY due_at
                LIMIT {max})
            RETURNING *
            """).AsNoTracking().ToListAsync(ct);
    }

    public Task<int> ReleaseAsync(BpmDbContext context, string owner, CancellationToken ct) =>
        context.Subscriptions.Where(s => s.ClaimedBy == owner).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.ClaimedBy, (string?)null)
            .SetProperty(x => x.ClaimedUntil, (DateTimeOffset?)null), ct);

    public Task<int> ReleaseAsync(BpmDbContext context, long key, CancellationToken ct) =>
        context.Subscriptions.Where(s => s.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.ClaimedBy, (string?)null)
            .SetProperty(x => x.ClaimedUntil, (DateTimeOffset?)null), ct);

    public Task<DateTimeOffset?> NextDueAtAsync(BpmDbContext context, CancellationToken ct) =>
        context.Subscriptions.AsNoTracking()
            .Where(s => s.Kind == Timer && s.DueAt != null && s.ClaimedBy == null)
            .OrderBy(s => s.DueAt)
            .Select(s => s.DueAt)
            .FirstOrDefaultAsync(ct);
}
