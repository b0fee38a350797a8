namespace Bpm.Engine.Cases;

/// <summary>A comment on a case: who wrote it and when (UTC; the studio shows Beijing time).</summary>
public sealed record CaseCommentInfo(string CommentKey, string ProcessInstanceKey, string Author, string Text, DateTimeOffset CreatedAt);
