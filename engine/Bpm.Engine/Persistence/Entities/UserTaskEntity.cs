namespace Bpm.Engine.Persistence.Entities;

public sealed class UserTaskEntity
{
    public long Key { get; set; }
    public long ProcessInstanceKey { get; set; }
    public long ElementInstanceKey { get; set; }
    public string ElementId { get; set; } = "";
    public string? Name { get; set; }
    public string BpmnProcessId { get; set; } = "";
    /// <summary>CREATED, COMPLETED or CANCELED.</summary>
    public string State { get; set; } = "CREATED";
    public string? Assignee { get; set; }
    /// <summary>JSON array of strings.</summary>
    public string CandidateGroups { get; set; } = "[]";
    /// <summary>JSON array of strings.</summary>
    public string CandidateUsers { get; set; } = "[]";
    public DateTimeOffset? DueDate { get; set; }
    public DateTimeOffset? FollowUpDate { get; set; }
    public int Priority { get; set; } = 50;
    public string? FormKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
