namespace Bpm.Engine.UserTasks;

/// <summary>A user's notifications, newest first.</summary>
public interface INotificationService
{
    Task<IReadOnlyList<NotificationInfo>> ListAsync(string recipient, bool unreadOnly, CancellationToken ct);
    /// <summary>False when the user has no such notification.</summary>
    Task<bool> MarkReadAsync(string recipient, long notificationKey, CancellationToken ct);
}
