using Bpm.Engine.Persistence.Entities;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.UserTasks;

/// <summary>The default channel: writes each notification to the log.</summary>
internal sealed class LoggingNotificationChannel(ILogger<LoggingNotificationChannel> logger) : INotificationChannel
{
    public Task SendAsync(NotificationEntity notification, CancellationToken ct)
    {
        logger.LogInformation("Notification {Kind} for {Recipient} (task {TaskKey}): {Message}",
            notification.Kind, notification.Recipient, notification.UserTaskKey, notification.Message);
        return Task.CompletedTask;
    }
}
