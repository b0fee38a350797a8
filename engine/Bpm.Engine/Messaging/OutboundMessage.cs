namespace Bpm.Engine.Messaging;

/// <summary>A message from the outbox: <see cref="Payload"/> is the contract's JSON (envelope included) named by
/// <see cref="MessageName"/> (a name of the registered <see cref="IMessageContracts"/>).</summary>
public sealed record OutboundMessage(long Id, Guid MessageId, string MessageName, string Payload, long? ProcessInstanceKey,
    DateTimeOffset CreatedAt, int Attempts);
