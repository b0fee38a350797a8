using System.Data.Common;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Records;

/// <summary>Chains the history and audit rows written before migration 0017, inside that migration's transaction (which
/// holds the migration lock, so no step of this version writes meanwhile): per instance its journal rows and task history
/// rows in the order they were recorded (time, then journal before task rows, then sequence or key); the audit log in id
/// order. From then on they verify like any other row; they are tamper-evident from the migration on, not before.</summary>
internal static class LegacyChainBackfill
{
    public const string AfterVersion = "0017_records";
    private const int Chunk = 200;

    public static async Task RunAsync(BpmDbContext db, DbTransaction transaction, CancellationToken ct)
    {
        await db.Database.UseTransactionAsync(transaction, ct);
        try
        {
            var keys = await db.Journal.Select(j => j.ProcessInstanceKey)
                .Union(db.UserTaskHistory.Select(h => h.ProcessInstanceKey)).OrderBy(k => k).ToListAsync(ct);
            foreach (var chunk in keys.Chunk(Chunk))
            {
                await ChainInstancesAsync(db, chunk, ct);
            }
            await ChainAuditAsync(db, ct);
        }
        finally
        {
            await db.Database.UseTransactionAsync(null, ct);
            db.ChangeTracker.Clear();
        }
    }

    // Rows are read as projections and written with column-wise updates, so that a later migration adding columns to
    // these tables does not break upgrading a database from before 0017.
    private static async Task ChainInstancesAsync(BpmDbContext db, long[] keys, CancellationToken ct)
    {
        var journal = (await db.Journal.Where(j => keys.Contains(j.ProcessInstanceKey))
            .Select(j => new JournalEntity { Id = j.Id, ProcessInstanceKey = j.ProcessInstanceKey, Sequence = j.Sequence, RecordedAt = j.RecordedAt, Entries = j.Entries })
            .ToListAsync(ct)).ToLookup(j => j.ProcessInstanceKey);
        var tasks = (await db.UserTaskHistory.Where(h => keys.Contains(h.ProcessInstanceKey))
            .Select(h => new UserTaskHistoryEntity { Key = h.Key, TaskKey = h.TaskKey, ProcessInstanceKey = h.ProcessInstanceKey, Event = h.Event, Actor = h.Actor, At = h.At, Details = h.Details })
            .ToListAsync(ct)).ToLookup(h => h.ProcessInstanceKey);
        foreach (var key in keys)
        {
            var rows = journal[key].Select(j => (At: j.RecordedAt, Kind: 0, Order: j.Sequence, Row: (IChainedRow)j))
                .Concat(tasks[key].Select(h => (At: h.At, Kind: 1, Order: h.Key, Row: (IChainedRow)h)))
                .OrderBy(r => r.At).ThenBy(r => r.Kind).ThenBy(r => r.Order).Select(r => r.Row).ToList();
            var head = new ChainHead(0, null);
            foreach (var row in rows)
            {
                head.Append(row);
                await (row switch
                {
                    JournalEntity j => db.Journal.Where(x => x.Id == j.Id).ExecuteUpdateAsync(s => s
                        .SetProperty(x => x.ChainPosition, j.ChainPosition).SetProperty(x => x.PreviousHash, j.PreviousHash).SetProperty(x => x.Hash, j.Hash), ct),
                    UserTaskHistoryEntity h => db.UserTaskHistory.Where(x => x.Key == h.Key).ExecuteUpdateAsync(s => s
                        .SetProperty(x => x.ChainPosition, h.ChainPosition).SetProperty(x => x.PreviousHash, h.PreviousHash).SetProperty(x => x.Hash, h.Hash), ct),
                    _ => Task.FromResult(0),
                });
            }
            await db.ProcessInstances.Where(p => p.Key == key).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.HistoryEntries, head.Entries).SetProperty(p => p.HistoryHeadHash, head.Hash), ct);
        }
    }

    private static async Task ChainAuditAsync(BpmDbContext db, CancellationToken ct)
    {
        var rows = await db.Audit.OrderBy(a => a.Id).Select(a => new AuditEntity
        {
            Id = a.Id, At = a.At, Actor = a.Actor, Action = a.Action, Entity = a.Entity, EntityId = a.EntityId, Before = a.Before, After = a.After,
        }).ToListAsync(ct);
        if (rows.Count == 0) return;
        var head = new ChainHead(0, null);
        foreach (var row in rows)
        {
            head.Append(row);
            await db.Audit.Where(x => x.Id == row.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.ChainPosition, row.ChainPosition).SetProperty(x => x.PreviousHash, row.PreviousHash).SetProperty(x => x.Hash, row.Hash), ct);
        }
        await db.RecordChains.Where(c => c.Name == ChainRow.Audit).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Entries, head.Entries).SetProperty(c => c.HeadHash, head.Hash), ct);
    }
}
