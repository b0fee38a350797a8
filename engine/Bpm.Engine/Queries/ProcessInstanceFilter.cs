namespace Bpm.Engine.Queries;

/// <summary>Page is 1-based; PageSize is clamped to 1..500.</summary>
public sealed record ProcessInstanceFilter(string? State, string? BpmnProcessId, string? BusinessKey, int Page = 1, int PageSize = 50);
