namespace Bpm.Engine.Queries;

/// <summary>A completed top-level process instance: a closed case file. <see cref="OrganisationId"/> is the instance
/// variable <c>organisationId</c> (null when the instance has none).</summary>
public sealed record ClosedCase(long ProcessInstanceKey, string BpmnProcessId, string? BusinessKey, DateTimeOffset EndedAt, string? OrganisationId);
