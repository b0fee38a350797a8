namespace Bpm.Engine.Messaging;

public enum InboundOutcome
{
    /// <summary>Correlated to at least one waiting subscription or message start event.</summary>
    Correlated,
    /// <summary>The message id was received before; nothing happened.</summary>
    Duplicate,
    /// <summary>Nothing waits for it: it is kept in the inbox with the reason and can be replayed.</summary>
    Parked,
    /// <summary>Its sender may not send it: kept in the inbox with the reason, never correlated.</summary>
    Refused,
}
