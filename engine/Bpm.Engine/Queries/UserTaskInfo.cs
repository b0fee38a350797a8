namespace Bpm.Engine.Queries;

public sealed record UserTaskInfo(string UserTaskKey, string ElementId, string? Name, string ProcessInstanceKey, string BpmnProcessId,
    string State, string? Assignee, IReadOnlyList<string> CandidateGroups, IReadOnlyList<string> CandidateUsers,
    DateTimeOffset? DueDate, DateTimeOffset? FollowUpDate, int Priority, string? FormKey, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt,
    DeadlineInfo? Deadline = null, string? OrganisationId = null, string? Owner = null, string? DelegationState = null,
    CaseLabel? Case = null);
