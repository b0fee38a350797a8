namespace Bpm.Engine.UserTasks;

/// <summary>Events of a user task's history. On the instance journal they appear prefixed with <c>USER_TASK_</c>, with the
/// actor as the entry's name and the details as its value.</summary>
public static class UserTaskEvents
{
    public const string Created = "CREATED";
    public const string Assigned = "ASSIGNED";
    public const string Unassigned = "UNASSIGNED";
    public const string Claimed = "CLAIMED";
    public const string Delegated = "DELEGATED";
    public const string Resolved = "RESOLVED";
    public const string Confirmed = "CONFIRMED";
    public const string Completed = "COMPLETED";
    public const string Canceled = "CANCELED";
    public const string Commented = "COMMENTED";
    public const string Attached = "ATTACHED";
    public const string Escalated = "ESCALATED";
    public const string DueSoon = "DUE_SOON";
    public const string Overdue = "OVERDUE";
    public const string AssignmentRefused = "ASSIGNMENT_REFUSED";
    public const string Extended = "EXTENDED";

    /// <summary>Detail of <see cref="Canceled"/>: the id of the interrupting boundary event that closed the task.</summary>
    public const string ClosedByDetail = "closedBy";

    /// <summary>Detail of <see cref="Canceled"/> with <see cref="ClosedByDetail"/>: when the event happened (a timer's due time).</summary>
    public const string ClosedAtDetail = "closedAt";
}
