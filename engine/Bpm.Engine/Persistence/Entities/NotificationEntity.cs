namespace Bpm.Engine.Persistence.Entities;

/// <summary>A notification for one user: kind ASSIGNED, DELEGATED, DUE_SOON or ESCALATED, about a user task.</summary>
public sealed class NotificationEntity
{
    public long Key { get; set; }
    public string Recipient { get; set; } = "";
    public string Kind { get; set; } = "";
    public long? UserTaskKey { get; set; }
    public long? ProcessInstanceKey { get; set; }
    public string Message { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
