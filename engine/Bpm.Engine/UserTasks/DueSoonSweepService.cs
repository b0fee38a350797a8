using Bpm.Engine.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.UserTasks;

/// <summary>Runs <see cref="DueSoonSweep"/> and <see cref="OverdueSweep"/> every <c>Bpm:Engine:DueSoonSweepInterval</c> on nodes that sweep timers.</summary>
internal sealed class DueSoonSweepService(DueSoonSweep sweep, OverdueSweep overdue, IOptions<EngineOptions> options, ILogger<DueSoonSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.DueSoonSweepInterval;
        if (interval <= TimeSpan.Zero || !options.Value.RunTimerSweep) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sweep.RunOnceAsync(stoppingToken);
                await overdue.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The due-soon or overdue sweep failed; it runs again in {Interval}", interval);
            }
            await Task.Delay(interval, stoppingToken);
        }
    }
}
