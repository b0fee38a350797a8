using System.Text.Json.Nodes;

namespace Bpm.Engine.Messaging;

/// <summary>A received message as the inbox keeps it. State: CORRELATED or PARKED.</summary>
public sealed record InboxEntry(Guid MessageId, string Name, string CorrelationKey, string? Source, string State, string? Reason,
    IReadOnlyList<long> ProcessInstanceKeys, JsonObject Variables, DateTimeOffset ReceivedAt, DateTimeOffset? CorrelatedAt);
