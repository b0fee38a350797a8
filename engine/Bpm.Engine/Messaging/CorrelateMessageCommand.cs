using System.Text.Json.Nodes;

namespace Bpm.Engine.Messaging;

/// <summary>Correlates a message synchronously to one waiting subscription (or message start event); never buffered.</summary>
public sealed record CorrelateMessageCommand(string Name, string? CorrelationKey, JsonObject? Variables = null, MessageSender? Sender = null);
