using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Bpm.Engine.Persistence.States;

namespace Bpm.Engine.Messaging.Outbox;

/// <summary>The dispatcher's access to the outbox. Claims are leases like the timer sweep's: on PostgreSQL the due rows are
/// read FOR UPDATE SKIP LOCKED so nodes get disjoint sets; a node that dies mid-dispatch leaves its claim to expire.
/// A message is not claimed while an earlier one of the same instance is undelivered: one instance's messages keep their order.</summary>
internal sealed class OutboxStore(IDbContextFactory<BpmDbContext> contextFactory, DatabaseOptions options)
{
    public async Task<List<OutboxMessageEntity>> ClaimDueAsync(string owner, DateTimeOffset now, DateTimeOffset claimUntil, int max, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            var at = now.ToUniversalTime();
            var until = claimUntil.ToUniversalTime();
            return await db.Outbox.FromSqlInterpolated($"""
                UPDATE outbox SET claimed_by = {owner}, claimed_until = {until}
                WHERE id IN (
                    SELECT id FROM outbox
                    WHERE dispatched_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {at})
                        AND (claimed_until IS NULL OR claimed_until <= {at})
                        AND NOT EXISTS (SELECT 1 FROM outbox earlier WHERE earlier.dispatched_at IS NULL
                            AND earlier.process_instance_key = outbox.process_instance_key AND earlier.id < outbox.id)
                    ORDER BY id
                    LIMIT {max}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """).AsNoTracking().ToListAsync(ct);
        }
        // SQLite keeps DateTimeOffset as UTC ticks (see UtcTicksConverter); raw SQL compares ticks.
        var ticks = now.UtcTicks;
        var untilTicks = claimUntil.UtcTicks;
        var claimed = await db.Outbox.FromSqlInterpolated($"""
            UPDATE outbox SET claimed_by = {owner}, claimed_until = {untilTicks}
            WHERE id IN (
                SELECT id FROM outbox
                WHERE dispatched_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {ticks})
                    AND (claimed_until IS NULL OR claimed_until <= {ticks})
                    AND NOT EXISTS (SELECT 1 FROM outbox earlier WHERE earlier.dispatched_at IS NULL
                        AND earlier.process_instance_key = outbox.process_instance_key AND earlier.id < outbox.id)
                ORDER BY id
                LIMIT {max})
            RETURNING *
            """).AsNoTracking().ToListAsync(ct);
        return claimed.OrderBy(m => m.Id).ToList();
    }

    /// <summary>Records the delivery (and resolves the incident a long outage opened).</summary>
    public async Task MarkDispatchedAsync(OutboxMessageEntity message, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.DispatchedAt, now)
            .SetProperty(m => m.Attempts, message.Attempts + 1)
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
        if (message.IncidentKey is { } incident)
            await db.Incidents.Where(i => i.Key == incident && i.State == IncidentState.Active).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.State, IncidentState.Resolved)
                .SetProperty(i => i.ResolvedAt, now), ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Records a failed attempt; with <paramref name="incident"/>, opens the incident in the same transaction.</summary>
    public async Task MarkFailedAsync(OutboxMessageEntity message, string error, DateTimeOffset nextAttemptAt, IncidentEntity? incident, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (incident is not null)
        {
            db.Incidents.Add(incident);
            await db.SaveChangesAsync(ct);
        }
        var incidentKey = incident?.Key ?? message.IncidentKey;
        await db.Outbox.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, message.Attempts + 1)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
            .SetProperty(m => m.IncidentKey, incidentKey)
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
        await transaction.CommitAsync(ct);
    }

    public async Task ReleaseAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await db.Outbox.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
    }

    public async Task ReleaseClaimsAsync(string owner, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await db.Outbox.Where(m => m.ClaimedBy == owner && m.DispatchedAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>An operator retries a message whose dispatch opened an incident: it is due again now, with a fresh count of
    /// attempts (a new incident opens if it keeps failing).</summary>
    public async Task<int> RetryNowAsync(long incidentKey, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Outbox.Where(m => m.IncidentKey == incidentKey && m.DispatchedAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null)
            .SetProperty(m => m.IncidentKey, (long?)null)
            .SetProperty(m => m.Attempts, 0), ct);
    }

    public async Task<DateTimeOffset?> NextAttemptAtAsync(CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        // A row without a next attempt is due since it was written; providers disagree on where NULLs sort, so sort the due time.
        return await db.Outbox.AsNoTracking().Where(m => m.DispatchedAt == null && m.ClaimedBy == null)
            .Select(m => (DateTimeOffset?)(m.NextAttemptAt ?? m.CreatedAt)).OrderBy(due => due).FirstOrDefaultAsync(ct);
    }
}
