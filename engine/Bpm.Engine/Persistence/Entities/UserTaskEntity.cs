namespace Bpm.Engine.Persistence.Entities;

public sealed class UserTaskEntity
{
    public long Key { get; set; }
    public long ProcessInstanceKey { get; set; }
    public long ElementInstanceKey { get; set; }
    public string ElementId { get; set; } = "";
    public string? Name { get; set; }
    public string BpmnProcessId { get; set; } = "";
    /// <summary>Stored as CREATED, COMPLETED or CANCELED.</summary>
    public States.UserTaskState State { get; set; } = States.UserTaskState.Created;
    public string? Assignee { get; set; }
    /// <summary>JSON array of strings.</summary>
    public string CandidateGroups { get; set; } = "[]";
    /// <summary>JSON array of strings.</summary>
    public string CandidateUsers { get; set; } = "[]";
    public DateTimeOffset? DueDate { get; set; }
    public DateTimeOffset? FollowUpDate { get; set; }
    public int Priority { get; set; } = 50;
    /// <summary>zeebe:formDefinition formKey (an external form), or the key of the deployed form the task was bound to.</summary>
    public string? FormKey { get; set; }
    /// <summary>zeebe:formDefinition formId: the deployed form, bound to its latest version when the task was created.</summary>
    public string? FormId { get; set; }
    public int? FormVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>The task's organisation unit: the task header <c>organisationId</c>, else the instance variable of that name.</summary>
    public string? OrganisationId { get; set; }
    /// <summary>While delegated: the assignee who delegated it and gets it back on resolution.</summary>
    public string? Owner { get; set; }
    /// <summary>null, PENDING (delegated, the assignee is the delegate) or RESOLVED (the delegate returned it).</summary>
    public States.DelegationState? DelegationState { get; set; }
    /// <summary>When the deadline state turns to warning (DeadlineWarningShare of the period); the due-soon sweep notifies then.</summary>
    public DateTimeOffset? WarningAt { get; set; }
    /// <summary>When the due-soon notification was made for the current due date (reset when the due date moves).</summary>
    public DateTimeOffset? WarnedAt { get; set; }
    /// <summary>When the overdue escalation was raised for the current due date (reset when the due date moves).</summary>
    public DateTimeOffset? OverdueAt { get; set; }
    /// <summary>For a head's decision task: the escalation it decides.</summary>
    public long? EscalationKey { get; set; }
}
