namespace Bpm.Engine.Persistence.Entities;

/// <summary>A comment on a case as a whole (not on one of its tasks).</summary>
public sealed class CaseCommentEntity
{
    public long Key { get; set; }
    public long ProcessInstanceKey { get; set; }
    public string Author { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
