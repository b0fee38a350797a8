namespace Bpm.Engine.Queries;

public sealed record ProcessInstanceSummary(string ProcessInstanceKey, string BpmnProcessId, int Version, string? BusinessKey,
    string State, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, bool HasIncident, string? OrganisationId = null, string? StartedBy = null,
    string? ProcessName = null, string? CaseNumber = null);
