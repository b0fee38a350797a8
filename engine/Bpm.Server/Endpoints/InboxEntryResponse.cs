using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Messaging;

namespace Bpm.Server.Endpoints;

/// <summary>A received message as the engine's inbox keeps it; keys as strings like everywhere in the API.</summary>
public sealed record InboxEntryResponse(Guid MessageId, string Name, string CorrelationKey, string? Source, string State, string? Reason,
    IReadOnlyList<string> ProcessInstanceKeys, JsonObject Variables, DateTimeOffset ReceivedAt, DateTimeOffset? CorrelatedAt)
{
    public static InboxEntryResponse From(InboxEntry e) => new(e.MessageId, e.Name, e.CorrelationKey, e.Source, e.State, e.Reason,
        Keys(e.ProcessInstanceKeys), e.Variables, e.ReceivedAt, e.CorrelatedAt);

    internal static IReadOnlyList<string> Keys(IEnumerable<long> keys) =>
        keys.Select(k => k.ToString(CultureInfo.InvariantCulture)).ToList();
}
