namespace Bpm.Engine.Persistence.Entities;

/// <summary>A published message kept for its time-to-live (buffered for subscriptions that open later) and, when it has a
/// message id, for the idempotency window after that.</summary>
public sealed class MessageEntity
{
    public long Key { get; set; }
    public string Name { get; set; } = "";
    public string? CorrelationKey { get; set; }
    /// <summary>The publisher's id: publishing it again returns this message and correlates nothing.</summary>
    public string? MessageId { get; set; }
    /// <summary>The message's variables as a JSON object.</summary>
    public string Variables { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Until when the message may still correlate (created + time-to-live).</summary>
    public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>The integration client that published it (null for the engine's own and older messages).</summary>
    public string? SenderClient { get; set; }
    /// <summary>The organisation unit that client speaks for.</summary>
    public string? SenderOrganisation { get; set; }
}
