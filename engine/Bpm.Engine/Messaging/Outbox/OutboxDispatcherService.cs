using Bpm.Engine.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Messaging.Outbox;

/// <summary>Runs the outbox dispatcher in the background: at start-up (messages committed before a crash go out now), at
/// once after a commit that wrote messages, when a retry falls due, and at least every poll interval (other nodes' rows).</summary>
internal sealed class OutboxDispatcherService(OutboxDispatcher dispatcher, TimeProvider clock, IOptions<EngineOptions> options,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Outbox;
        if (!settings.Enabled) return;
        try
        {
            await dispatcher.ReleaseOwnClaimsAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Releasing this node's outbox claims failed; they expire on their own");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = settings.PollInterval;
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
                if (await dispatcher.NextAttemptAtAsync(stoppingToken) is { } next)
                {
                    var untilDue = next - clock.GetUtcNow();
                    if (untilDue < delay) delay = untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The outbox dispatcher failed; it tries again after the poll interval");
            }
            try
            {
                await dispatcher.SleepAsync(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
