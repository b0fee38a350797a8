using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.UserTasks;

/// <summary>Hands every committed notification to each <see cref="INotificationChannel"/>, off the committing thread.
/// Delivery is best effort (at most once per node); the stored notification is the durable record.</summary>
internal sealed class NotificationDeliveryService(EngineContext context, IEnumerable<INotificationChannel> channels,
    ILogger<NotificationDeliveryService> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        context.NotificationsWritten += OnWritten;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        context.NotificationsWritten -= OnWritten;
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    private void OnWritten(IReadOnlyList<NotificationEntity> notifications)
    {
        var copy = notifications.ToArray();
        _ = Task.Run(() => DeliverAsync(copy));
    }

    private async Task DeliverAsync(NotificationEntity[] notifications)
    {
        foreach (var notification in notifications)
            foreach (var channel in channels)
            {
                try
                {
                    await channel.SendAsync(notification, _stopping.Token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Channel {Channel} failed to deliver notification {Key}", channel.GetType().Name, notification.Key);
                }
            }
    }
}
