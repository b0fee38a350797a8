namespace Bpm.Engine.Messaging;

public sealed record InboundResult(InboundOutcome Outcome, IReadOnlyList<long> ProcessInstanceKeys, string? Reason);
