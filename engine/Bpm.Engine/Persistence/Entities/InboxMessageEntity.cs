namespace Bpm.Engine.Persistence.Entities;

/// <summary>A message received from another system, kept by its message id: a second delivery of the same id is ignored.</summary>
public sealed class InboxMessageEntity
{
    public Guid MessageId { get; set; }
    public string Name { get; set; } = "";
    public string CorrelationKey { get; set; } = "";
    /// <summary>Who sent it (an organisation code), when known.</summary>
    public string? Source { get; set; }
    /// <summary>The transport's identity of the sender (the bus endpoint it came from), when known.</summary>
    public string? SenderClient { get; set; }
    /// <summary>CORRELATED or PARKED.</summary>
    public States.InboxMessageState State { get; set; }
    /// <summary>Why a PARKED message did not correlate.</summary>
    public string? Reason { get; set; }
    /// <summary>The instances it correlated to, comma separated.</summary>
    public string ProcessInstanceKeys { get; set; } = "";
    public string Variables { get; set; } = "{}";
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? CorrelatedAt { get; set; }
    /// <summary>Correlation attempts: the first on receipt, one more per replay.</summary>
    public int Attempts { get; set; }
}
