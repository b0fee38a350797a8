namespace Bpm.Engine.Persistence.Entities;

/// <summary>A message written in the step's transaction and dispatched after commit, at least once.</summary>
public sealed class OutboxMessageEntity
{
    public long Id { get; set; }
    public Guid MessageId { get; set; }
    public string MessageType { get; set; } = "";
    public string Payload { get; set; } = "{}";
    public long? ProcessInstanceKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
