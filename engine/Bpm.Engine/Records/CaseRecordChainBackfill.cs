using System.Data.Common;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using static Bpm.Engine.Persistence.Migrations.DatabaseMigrator;
using static Bpm.Engine.Records.LegacyChainBackfill;

namespace Bpm.Engine.Records;

/// <summary>Chains the case comments, task comments, attachments and documents written before migration 0031, inside that
/// migration's transaction (which holds the migration lock): per instance they are appended to its chain after the rows it
/// already has, in the order they were written (time, then key), the head moves and the instance is marked for the next
/// anchor. An anchor sealed before stays valid (its head is still at its position). Rows whose instance is gone stay
/// unchained; <c>verify</c> reports them.</summary>
internal static class CaseRecordChainBackfill
{
    public const string AfterVersion = "0031_chained_case_records";

    public static async Task RunAsync(BpmDbContext db, DbTransaction transaction, CancellationToken ct)
    {
        await db.Database.UseTransactionAsync(transaction, ct);
        try
        {
            // Read as projections: a later migration adding columns to these tables must not break this upgrade.
            var rows = new List<(DateTimeOffset At, long Key, string Table, ICaseRecordRow Row)>();
            rows.AddRange((await db.UserTaskComments.Where(c => c.ChainPosition == null)
                .Select(c => new UserTaskCommentEntity { Key = c.Key, TaskKey = c.TaskKey, ProcessInstanceKey = c.ProcessInstanceKey, Author = c.Author, Text = c.Text, CreatedAt = c.CreatedAt })
                .ToListAsync(ct)).Select(c => (c.CreatedAt, c.Key, "user_task_comments", (ICaseRecordRow)c)));
            rows.AddRange((await db.UserTaskAttachments.Where(a => a.ChainPosition == null)
                .Select(a => new UserTaskAttachmentEntity
                {
                    Key = a.Key, TaskKey = a.TaskKey, ProcessInstanceKey = a.ProcessInstanceKey, Name = a.Name, ContentType = a.ContentType, Size = a.Size,
                    Sha256 = a.Sha256, UploadedBy = a.UploadedBy, UploadedAt = a.UploadedAt, EvidenceKind = a.EvidenceKind, Device = a.Device,
                    CapturedAt = a.CapturedAt, CapturedPlace = a.CapturedPlace, Officer = a.Officer,
                }).ToListAsync(ct)).Select(a => (a.UploadedAt, a.Key, "user_task_attachments", (ICaseRecordRow)a)));
            rows.AddRange((await db.CaseComments.Where(c => c.ChainPosition == null)
                .Select(c => new CaseCommentEntity { Key = c.Key, ProcessInstanceKey = c.ProcessInstanceKey, Author = c.Author, Text = c.Text, CreatedAt = c.CreatedAt })
                .ToListAsync(ct)).Select(c => (c.CreatedAt, c.Key, "case_comments", (ICaseRecordRow)c)));
            rows.AddRange((await db.Documents.Where(d => d.ChainPosition == null)
                .Select(d => new CaseDocumentEntity
                {
                    Key = d.Key, ProcessInstanceKey = d.ProcessInstanceKey, BusinessKey = d.BusinessKey, DocumentType = d.DocumentType, Name = d.Name,
                    Sha256 = d.Sha256, Size = d.Size, CreatedAt = d.CreatedAt, CreatedBy = d.CreatedBy, ElementId = d.ElementId,
                }).ToListAsync(ct)).Select(d => (d.CreatedAt, d.Key, "documents", (ICaseRecordRow)d)));

            foreach (var instance in rows.GroupBy(r => r.Row.ProcessInstanceKey))
            {
                var current = await db.ProcessInstances.Where(p => p.Key == instance.Key)
                    .Select(p => new { p.HistoryEntries, p.HistoryHeadHash }).FirstOrDefaultAsync(ct);
                if (current is null) continue;
                var head = new ChainHead(current.HistoryEntries, current.HistoryHeadHash);
                foreach (var (_, key, table, row) in instance.OrderBy(r => r.At).ThenBy(r => r.Key))
                {
                    head.Append(row);
                    await using var command = Command(db, $"UPDATE {table} SET chain_position = @position, previous_hash = @previous, hash = @hash WHERE key = @key");
                    AddParameter(command, "@position", row.ChainPosition!.Value);
                    AddParameter(command, "@previous", row.PreviousHash is null ? DBNull.Value : Convert.FromHexString(row.PreviousHash));
                    AddParameter(command, "@hash", Convert.FromHexString(row.Hash!));
                    AddParameter(command, "@key", key);
                    await command.ExecuteNonQueryAsync(ct);
                }
                await using var headRow = Command(db,
                    "UPDATE process_instances SET history_entries = @entries, history_head_hash = @hash, history_anchor_pending = @pending WHERE key = @key");
                AddParameter(headRow, "@entries", head.Entries);
                AddParameter(headRow, "@hash", Convert.FromHexString(head.Hash!));
                AddParameter(headRow, "@pending", true);
                AddParameter(headRow, "@key", instance.Key);
                await headRow.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.UseTransactionAsync(null, ct);
            db.ChangeTracker.Clear();
        }
    }
}
