namespace Bpm.Engine.Persistence.Entities;

/// <summary>One lifecycle event of a user task: CREATED, ASSIGNED, UNASSIGNED, CLAIMED, DELEGATED, RESOLVED, COMPLETED,
/// CANCELED, COMMENTED, ATTACHED, ESCALATED, DUE_SOON. Actor is null for what the engine did by itself.</summary>
public sealed class UserTaskHistoryEntity : ICaseRecordRow
{
    public long Key { get; set; }
    public long TaskKey { get; set; }
    public long ProcessInstanceKey { get; set; }
    public string Event { get; set; } = "";
    public string? Actor { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>JSON object with the event's details (assignee, delegate, comment key, attachment hash ...), or null.</summary>
    public string? Details { get; set; }
    /// <summary>Position in its hash chain (1, 2, 3 ...), the previous row's hash and this row's hash (docs/records.md).</summary>
    public long? ChainPosition { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
}
