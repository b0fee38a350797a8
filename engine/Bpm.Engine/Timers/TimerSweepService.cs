using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Bpm.Engine.Hosting;

namespace Bpm.Engine.Timers;

/// <summary>Runs the due-timer sweep in the background: first at start-up (timers that fell due while the engine was down
/// fire now, once), then whenever the earliest timer falls due, at least every poll interval (timers opened by other
/// nodes), and at once when a local step opens a timer due sooner or <see cref="TimerSweep.Wake"/> is called.</summary>
internal sealed class TimerSweepService(TimerSweep sweep, TimeProvider clock, IOptions<EngineOptions> options, ILogger<TimerSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RunTimerSweep) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = settings.TimerPollInterval;
            try
            {
                await sweep.RunDueTimersAsync(stoppingToken);
                if (await sweep.NextDueAtAsync(stoppingToken) is { } next)
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
                logger.LogError(ex, "The timer sweep failed; it tries again after the poll interval");
            }
            try
            {
                await sweep.SleepAsync(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
