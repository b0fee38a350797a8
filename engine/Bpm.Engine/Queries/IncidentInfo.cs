namespace Bpm.Engine.Queries;

public sealed record IncidentInfo(string IncidentKey, string ProcessInstanceKey, string ElementId, string ElementInstanceKey,
    string ErrorType, string ErrorMessage, string State, string? JobKey, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt);
