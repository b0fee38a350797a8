using Bpm.Engine.Persistence.Entities;

namespace Bpm.Server.Records.CaseFiles;

/// <summary><c>history.json</c>: the case's chained rows exactly as stored (every hashed field, chain position, previous hash
/// and hash), so the chain can be recomputed offline with the rules of docs/records.md.</summary>
public sealed record CaseFileHistory(string ProcessInstanceKey, IReadOnlyList<JournalEntity> Journal, IReadOnlyList<UserTaskHistoryEntity> TaskHistory)
{
    public const string FileName = "history.json";
}
