using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Records;

/// <summary>The hash of a chained row: SHA-256 over the row kind, its canonical content, its chain position and the previous
/// row's hash (docs/records.md lists the fields per kind). Everything a reader is shown is covered; database ids are not
/// (identity columns are assigned after hashing), the position is.</summary>
public static class RowHash
{
    public static string Compute(IChainedRow row)
    {
        using var writer = new CanonicalWriter();
        switch (row)
        {
            case JournalEntity j:
                writer.Text("journal").Number(j.ProcessInstanceKey).Number(j.Sequence).Time(j.RecordedAt).Text(j.Entries);
                break;
            case UserTaskHistoryEntity h:
                writer.Text("user-task-history").Number(h.Key).Number(h.TaskKey).Number(h.ProcessInstanceKey).Text(h.Event)
                    .Text(h.Actor).Time(h.At).Text(h.Details);
                break;
            case AuditEntity a:
                writer.Text("audit").Time(a.At).Text(a.Actor).Text(a.Action).Text(a.Entity).Text(a.EntityId).Text(a.Before).Text(a.After);
                break;
            case CaseCommentEntity c:
                writer.Text("case-comment").Number(c.Key).Number(c.ProcessInstanceKey).Text(c.Author).Time(c.CreatedAt).Text(c.Text);
                break;
            case UserTaskCommentEntity c:
                writer.Text("task-comment").Number(c.Key).Number(c.TaskKey).Number(c.ProcessInstanceKey).Text(c.Author).Time(c.CreatedAt).Text(c.Text);
                break;
            case UserTaskAttachmentEntity a:
                writer.Text("attachment").Number(a.Key).Number(a.TaskKey).Number(a.ProcessInstanceKey).Text(a.Name).Text(a.ContentType)
                    .Number(a.Size).Text(a.Sha256).Text(a.UploadedBy).Time(a.UploadedAt).Text(a.EvidenceKind).Text(a.Device).Time(a.CapturedAt)
                    .Text(a.CapturedPlace).Text(a.Officer);
                break;
            case CaseDocumentEntity d:
                writer.Text("document").Number(d.Key).Number(d.ProcessInstanceKey).Text(d.BusinessKey).Text(d.DocumentType).Text(d.Name)
                    .Text(d.Sha256).Number(d.Size).Time(d.CreatedAt).Text(d.CreatedBy).Text(d.ElementId);
                break;
            case AccessLogEntity l:
                writer.Text("access").Time(l.At).Text(l.Username).Number(l.ProcessInstanceKey).Text(l.Resource).Text(l.Address).Text(l.Reason);
                break;
            default:
                throw new ArgumentException($"{row.GetType().Name} is not a chained row kind.", nameof(row));
        }
        return writer.Number(row.ChainPosition).Text(row.PreviousHash).Finish();
    }
}
