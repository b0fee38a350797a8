using System.Text.Json.Nodes;

namespace Bpm.Engine.Queries;

/// <summary>An instance as the API shows it. <see cref="Variables"/> are the process-level (root scope) variables.</summary>
public sealed record ProcessInstanceInfo(string ProcessInstanceKey, string BpmnProcessId, int Version, string ProcessDefinitionKey,
    string? BusinessKey, string State, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, JsonObject Variables,
    IReadOnlyList<string> ActiveElementIds, IReadOnlyList<IncidentInfo> Incidents, string? ParentProcessInstanceKey,
    DeadlineInfo? Deadline = null, string? OrganisationId = null, string? StartedBy = null);
