using Bpm.Engine.Messaging;

namespace Bpm.Server.Endpoints;

/// <summary>What receiving (or replaying) a message did: <c>Correlated</c>, <c>Duplicate</c> or <c>Parked</c> with the reason.</summary>
public sealed record InboundResultResponse(InboundOutcome Outcome, IReadOnlyList<string> ProcessInstanceKeys, string? Reason)
{
    public static InboundResultResponse From(InboundResult r) => new(r.Outcome, InboxEntryResponse.Keys(r.ProcessInstanceKeys), r.Reason);
}
