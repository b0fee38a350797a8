namespace Bpm.Engine.Escalations;

/// <summary>The kinds of the notifications 督办 makes: heads hear of escalations and refused assignees, officers of their
/// overdue tasks and of what the head decided.</summary>
public static class EscalationNotificationKinds
{
    public const string Escalated = "ESCALATED";
    public const string Overdue = "OVERDUE";
    public const string AssignmentRefused = "ASSIGNMENT_REFUSED";
    public const string EscalationResolved = "ESCALATION_RESOLVED";
}
