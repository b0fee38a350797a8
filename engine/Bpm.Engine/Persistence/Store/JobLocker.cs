using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Persistence.Store;

/// <summary>Hands out due jobs, at most one per process instance. The unique index on locked_instance_key is the
/// real guard: a second lock of the same instance (from any node) fails and that job is skipped.</summary>
internal sealed class JobLocker(DatabaseProvider provider)
{
    private static readonly string Activatable = StateText<JobState>.Of(JobState.Activatable);
    private const string SavepointName = "lock_job";
    // Several due jobs can belong to one instance (parallel branches); read more candidates than needed.
    private const int CandidateFactor = 4;

    public async Task<IReadOnlyList<JobEntity>> LockDueJobsAsync(BpmDbContext context, string owner, DateTimeOffset now,
        DateTimeOffset lockUntil, int max, CancellationToken ct)
    {
        if (max <= 0)
            return [];
        await ReleaseExpiredAsync(context, now, ct);

        // SQLite: BEGIN IMMEDIATE, so this whole method runs under the database's single write lock.
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        var candidates = await CandidatesAsync(context, now, max * CandidateFactor, ct);
        var chosen = candidates.GroupBy(j => j.ProcessInstanceKey).Select(g => g.First()).Take(max)
            // Locking in instance order makes two nodes wait on each other's index entries in one direction only: no deadlock.
            .OrderBy(j => j.ProcessInstanceKey).ToList();

        var locked = new List<JobEntity>(chosen.Count);
        foreach (var job in chosen)
        {
            await transaction.CreateSavepointAsync(SavepointName, ct);
            try
            {
                var key = job.Key;
                var rows = await context.Jobs.Where(j => j.Key == key && j.LockedBy == null)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(j => j.LockedBy, owner)
                        .SetProperty(j => j.LockedUntil, lockUntil)
                        .SetProperty(j => j.LockedInstanceKey, j => (long?)j.ProcessInstanceKey), ct);
                await transaction.ReleaseSavepointAsync(SavepointName, ct);
                if (rows == 1)
                {
                    job.LockedBy = owner;
                    job.LockedUntil = lockUntil;
                    job.LockedInstanceKey = job.ProcessInstanceKey;
                    locked.Add(job);
                }
            }
            catch (Exception ex) when (UniqueViolation.IsLockedInstanceKey(ex))
            {
                // Another node holds a job of this instance.
                await transaction.RollbackToSavepointAsync(SavepointName, ct);
            }
        }
        await transaction.CommitAsync(ct);
        return locked.OrderBy(j => j.DueAt).ThenBy(j => j.Key).ToList();
    }

    public Task<int> ReleaseAsync(BpmDbContext context, string owner, CancellationToken ct) =>
        context.Jobs.Where(j => j.LockedBy == owner).ExecuteUpdateAsync(Unlock, ct);

    public Task<int> UnlockAsync(BpmDbContext context, long jobKey, CancellationToken ct) =>
        context.Jobs.Where(j => j.Key == jobKey).ExecuteUpdateAsync(Unlock, ct);

    private static void Unlock(Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<JobEntity> s) => s
        .SetProperty(j => j.LockedBy, (string?)null)
        .SetProperty(j => j.LockedUntil, (DateTimeOffset?)null)
        .SetProperty(j => j.LockedInstanceKey, (long?)null);

    private async Task ReleaseExpiredAsync(BpmDbContext context, DateTimeOffset now, CancellationToken ct)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            // SKIP LOCKED: never wait for (or deadlock with) another node releasing the same rows.
            await context.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE jobs SET locked_by = NULL, locked_until = NULL, locked_instance_key = NULL
                WHERE key IN (SELECT key FROM jobs WHERE locked_until <= {now.ToUniversalTime()} FOR UPDATE SKIP LOCKED)
                """, ct);
        }
        else
        {
            await context.Jobs.Where(j => j.LockedUntil <= now).ExecuteUpdateAsync(Unlock, ct);
        }
    }

    private Task<List<JobEntity>> CandidatesAsync(BpmDbContext context, DateTimeOffset now, int limit, CancellationToken ct)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return context.Jobs.FromSqlInterpolated($"""
                SELECT j.* FROM jobs j
                WHERE j.state = {Activatable} AND j.locked_by IS NULL AND j.due_at <= {now.ToUniversalTime()}
                  AND NOT EXISTS (SELECT 1 FROM jobs l WHERE l.locked_instance_key = j.process_instance_key)
                ORDER BY j.due_at, j.key
                LIMIT {limit}
                FOR UPDATE OF j SKIP LOCKED
                """).AsNoTracking().ToListAsync(ct);
        }
        return context.Jobs.AsNoTracking()
            .Where(j => j.State == JobState.Activatable && j.LockedBy == null && j.DueAt <= now
                && !context.Jobs.Any(l => l.LockedInstanceKey == j.ProcessInstanceKey))
            .OrderBy(j => j.DueAt).ThenBy(j => j.Key)
            .Take(limit)
            .ToListAsync(ct);
    }
}
