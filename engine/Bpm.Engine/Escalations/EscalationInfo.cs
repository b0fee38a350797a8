using System.Text.Json.Nodes;
using Bpm.Engine.Queries;

namespace Bpm.Engine.Escalations;

/// <summary>An escalation as the heads' inbox shows it: why, from where, the decision task, both positions of a dispute,
/// and how it was settled. <see cref="Case"/> names the case as people do (case number, party), as the task inbox does.</summary>
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
    DateTimeOffset CreatedAt,
    CaseLabel? Case = null);
