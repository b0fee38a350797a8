namespace Bpm.Engine.Persistence.Entities;

public sealed class UserTaskCommentEntity
{
    public long Key { get; set; }
    public long TaskKey { get; set; }
    public string Author { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
