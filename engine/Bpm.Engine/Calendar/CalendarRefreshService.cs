using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Calendar;

/// <summary>Loads the stored calendar years when the host starts (after the server's migrations, before the job worker) and
/// then polls for edits made on other nodes. Without a readable database the built-in calendar stays in force.</summary>
internal sealed class CalendarRefreshService(CalendarAdministration administration, IOptions<CalendarOptions> options,
    ILogger<CalendarRefreshService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TryRefreshAsync(force: true, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.RefreshInterval;
        if (interval <= TimeSpan.Zero)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await TryRefreshAsync(force: false, stoppingToken);
        }
    }

    private async Task TryRefreshAsync(bool force, CancellationToken ct)
    {
        try
        {
            await administration.RefreshAsync(force, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not load the stored calendar years; the calendar in force is kept.");
        }
    }
}
