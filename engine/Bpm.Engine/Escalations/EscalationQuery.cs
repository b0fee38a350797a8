namespace Bpm.Engine.Escalations;

/// <summary>The heads' escalation inbox: by state (OPEN by default, RESOLVED, or ALL), reason and instance, newest first.</summary>
public sealed record EscalationQuery
{
    public string? State { get; init; } = "OPEN";
    public string? Reason { get; init; }
    public string? ProcessInstanceKey { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}
