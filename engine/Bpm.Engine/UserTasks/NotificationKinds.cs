namespace Bpm.Engine.UserTasks;

/// <summary>The kinds of the notifications the kernel makes about tasks; modules name their own (e.g.
/// <see cref="Escalations.EscalationNotificationKinds"/>).</summary>
public static class NotificationKinds
{
    public const string Assigned = "ASSIGNED";
    public const string Delegated = "DELEGATED";
    public const string DueSoon = "DUE_SOON";
}
