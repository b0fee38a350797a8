namespace Bpm.Engine.UserTasks;

public static class NotificationKinds
{
    public const string Assigned = "ASSIGNED";
    public const string Delegated = "DELEGATED";
    public const string DueSoon = "DUE_SOON";
    public const string Escalated = "ESCALATED";
    public const string Overdue = "OVERDUE";
    public const string AssignmentRefused = "ASSIGNMENT_REFUSED";
    public const string EscalationResolved = "ESCALATION_RESOLVED";
}
