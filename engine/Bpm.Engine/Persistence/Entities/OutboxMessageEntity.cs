namespace Bpm.Engine.Persistence.Entities;

/// <summary>A message written in the step's transaction and dispatched after commit, at least once.</summary>
public sealed class OutboxMessageEntity
{
    public long Id { get; set; }
    public Guid MessageId { get; set; }
    /// <summary>The contract's message name (e.g. disclosure.publish.v1).</summary>
    public string MessageType { get; set; } = "";
    /// <summary>The contract's JSON, envelope included.</summary>
    public string Payload { get; set; } = "{}";
    public long? ProcessInstanceKey { get; set; }
    /// <summary>The send task or message throw/end event that wrote it.</summary>
    public string? ElementId { get; set; }
    public long? ElementInstanceKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>When a failed dispatch is tried again (null: as soon as possible).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
    /// <summary>The incident opened when the dispatch kept failing; resolved when the message finally goes out.</summary>
    public long? IncidentKey { get; set; }
    /// <summary>The node dispatching it, until <see cref="ClaimedUntil"/> (engine clock).</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
}
