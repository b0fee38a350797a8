using System.Text.Json.Nodes;

namespace Bpm.Engine.Escalations;

/// <summary>An escalation as the heads' inbox shows it: why, from where, the decision task, both positions of a dispute,
/// and how it was settled.</summary>
public sealed record EscalationInfo(
    string EscalationKey,
    string ProcessInstanceKey,
    string BpmnProcessId,
    string? BusinessKey,
    string? OrganisationId,
    string Reason,
    string? Code,
    string Message,
    EscalationOrigin? Origin,
    string? DecisionTaskKey,
    JsonArray? Positions,
    string State,
    string? Resolution,
    JsonObject? ResolutionDetails,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset CreatedAt);
