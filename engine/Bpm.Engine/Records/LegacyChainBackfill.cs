using System.Data.Common;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using static Bpm.Engine.Persistence.Migrations.DatabaseMigrator;

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
                await WriteAsync(db, row switch
                {
                    JournalEntity j => ("journal", "id", j.Id),
                    UserTaskHistoryEntity h => ("user_task_history", "key", h.Key),
                    _ => throw new ArgumentException(row.GetType().Name, nameof(row)),
                }, row, ct);
            }
            await using var headRow = Command(db, "UPDATE process_instances SET history_entries = @entries, history_head_hash = @hash WHERE key = @key");
            AddParameter(headRow, "@entries", head.Entries);
            AddParameter(headRow, "@hash", (object?)head.Hash ?? DBNull.Value);
            AddParameter(headRow, "@key", key);
            await headRow.ExecuteNonQueryAsync(ct);
        }
    }

    // Written as hex text with plain SQL: this runs right after 0017, when the hash columns are still text; the model maps
    // them to bytes (migration 0027, which converts what is written here).
    private static async Task WriteAsync(BpmDbContext db, (string Table, string KeyColumn, long Key) target, IChainedRow row, CancellationToken ct)
    {
        await using var command = Command(db,
            $"UPDATE {target.Table} SET chain_position = @position, previous_hash = @previous, hash = @hash WHERE {target.KeyColumn} = @key");
        AddParameter(command, "@position", row.ChainPosition!.Value);
        AddParameter(command, "@previous", (object?)row.PreviousHash ?? DBNull.Value);
        AddParameter(command, "@hash", row.Hash!);
        AddParameter(command, "@key", target.Key);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A command in the migration's transaction (the backfills run inside it).</summary>
    internal static DbCommand Command(BpmDbContext db, string sql) =>
        DatabaseMigrator.Command(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), sql);

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
