using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.UserTasks;

/// <summary>A delivery channel (SMS, mail ...). Called after the notification is stored; a failure is logged and does not
/// undo it (the stored record is what counts, <c>GET /api/me/notifications</c>).</summary>
public interface INotificationChannel
{
    Task SendAsync(NotificationEntity notification, CancellationToken ct);
}
