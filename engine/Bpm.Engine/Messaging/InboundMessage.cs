using System.Text.Json.Nodes;

namespace Bpm.Engine.Messaging;

/// <summary>A message received from another system (the bus). <see cref="MessageId"/> makes receiving idempotent;
/// <see cref="Variables"/> merge into the instance like a published message's variables.
/// <see cref="SenderClient"/> is the transport's identity of the sender (the bus endpoint it came from), when known.</summary>
public sealed record InboundMessage(Guid MessageId, string Name, string CorrelationKey, JsonObject Variables, string? Source = null,
    string? SenderClient = null)
{
    /// <summary>The sender as the instance history records it: the endpoint and the sending organisation's credit code.</summary>
    public MessageSender? Sender => SenderClient is null && Source is null ? null : new MessageSender(SenderClient ?? "bus", Source);
}
