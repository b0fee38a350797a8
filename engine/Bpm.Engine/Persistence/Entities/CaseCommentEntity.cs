namespace Bpm.Engine.Persistence.Entities;

/// <summary>A comment on a case as a whole (not on one of its tasks).</summary>
public sealed class CaseCommentEntity : ICaseRecordRow
{
    public long Key { get; set; }
    public long ProcessInstanceKey { get; set; }
    public string Author { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Position in its instance's hash chain, the previous row's hash and this row's hash (docs/records.md).</summary>
    public long? ChainPosition { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
}
