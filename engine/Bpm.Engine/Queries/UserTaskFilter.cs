namespace Bpm.Engine.Queries;

public sealed record UserTaskFilter(string? ProcessInstanceKey, string? State, string? Assignee, string? CandidateGroup, int Page = 1, int PageSize = 50);
