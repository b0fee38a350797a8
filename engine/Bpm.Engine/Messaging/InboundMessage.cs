using System.Text.Json.Nodes;

namespace Bpm.Engine.Messaging;

/// <summary>A message received from another system (the bus). <see cref="MessageId"/> makes receiving idempotent;
/// <see cref="Variables"/> merge into the instance like a published message's variables.</summary>
public sealed record InboundMessage(Guid MessageId, string Name, string CorrelationKey, JsonObject Variables, string? Source = null);
