using System.Text.Json.Nodes;

namespace Bpm.Engine.Messaging;

/// <summary>Publishes a message: it correlates to every waiting subscription (name, correlation key) of different processes,
/// at most once per process, and stays buffered for <see cref="TimeToLive"/> for subscriptions that open later.
/// A <see cref="MessageId"/> already published makes the call return the earlier message without correlating again.</summary>
public sealed record PublishMessageCommand(string Name, string? CorrelationKey, JsonObject? Variables = null,
    TimeSpan TimeToLive = default, string? MessageId = null, MessageSender? Sender = null);
