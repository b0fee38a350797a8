namespace Bpm.Engine.Persistence.Entities;

/// <summary>Something a head must settle: a task that went overdue, an escalation caught on a task, or a dispute. It says
/// why (<see cref="Reason"/>, <see cref="Code"/>, <see cref="Message"/>) and from where (the origin task, its element and
/// officer); a head's decision task the escalation leads to is linked by <see cref="DecisionTaskKey"/>.</summary>
public sealed class EscalationEntity
{
    public long Key { get; set; }
    public long ProcessInstanceKey { get; set; }
    public string BpmnProcessId { get; set; } = "";
    public string? BusinessKey { get; set; }
    public string? OrganisationId { get; set; }
    /// <summary>OVERDUE, ESCALATION or DISPUTE.</summary>
    public string Reason { get; set; } = "";
    public string? Code { get; set; }
    public string Message { get; set; } = "";
    public long? OriginTaskKey { get; set; }
    public string? OriginElementId { get; set; }
    public string? OriginName { get; set; }
    public string? OriginAssignee { get; set; }
    public DateTimeOffset? OriginDueDate { get; set; }
    /// <summary>JSON array of the disputing sides' positions, or null.</summary>
    public string? Positions { get; set; }
    public long? DecisionTaskKey { get; set; }
    /// <summary>Stored as OPEN or RESOLVED; the row's concurrency token (an update must find the state it read).</summary>
    public Escalations.EscalationState State { get; set; }
    /// <summary>REASSIGNED, EXTENDED, DECIDED or CLOSED (the origin ended without a head's action).</summary>
    public string? Resolution { get; set; }
    /// <summary>JSON object: the resolution's reason and data (new assignee, new due date, decision).</summary>
    public string? ResolutionDetails { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
