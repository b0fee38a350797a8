namespace Bpm.Engine.UserTasks;

public sealed record CommentInfo(string CommentKey, string Author, string Text, DateTimeOffset CreatedAt);
