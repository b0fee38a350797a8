using Bpm.Engine.Persistence.Entities;

namespace Bpm.Server.Records.CaseFiles;

/// <summary><c>history.json</c>: the case's chained rows exactly as stored (every hashed field, chain position, previous hash
/// and hash), so the chain can be recomputed offline with the rules of docs/records.md. Case files made before comments,
/// attachments and documents were chained (migration 0031) have only the journal and the task history: the other lists
/// read as absent.</summary>
public sealed record CaseFileHistory(string ProcessInstanceKey, IReadOnlyList<JournalEntity> Journal, IReadOnlyList<UserTaskHistoryEntity> TaskHistory,
    IReadOnlyList<CaseCommentEntity>? CaseComments = null, IReadOnlyList<UserTaskCommentEntity>? TaskComments = null,
    IReadOnlyList<UserTaskAttachmentEntity>? Attachments = null, IReadOnlyList<CaseDocumentEntity>? Documents = null)
{
    public const string FileName = "history.json";

    /// <summary>Every chained row of the file, in no particular order.</summary>
    public IEnumerable<IChainedRow> ChainedRows() =>
        Journal.Cast<IChainedRow>().Concat(TaskHistory).Concat(CaseComments ?? []).Concat(TaskComments ?? []).Concat(Attachments ?? [])
            .Concat(Documents ?? []);
}
