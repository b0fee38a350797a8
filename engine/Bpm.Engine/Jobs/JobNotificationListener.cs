using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bpm.Engine.Jobs;

/// <summary>On PostgreSQL, wakes this node's job worker when any node commits a step that created jobs (LISTEN on the
/// channel the commit NOTIFYs), so a job made on another node starts without waiting for the poll. SQLite has one node.</summary>
internal sealed class JobNotificationListener(JobExecutor executor, DatabaseOptions database, Hosting.EngineOptions options,
    ILogger<JobNotificationListener> logger) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.Postgres || !options.RunJobWorker) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Meanwhile the worker still polls; after reconnecting it looks once, for what it may have missed.
                logger.LogWarning(ex, "Listening for new jobs failed; listening again in {Seconds} s", Reconnect.TotalSeconds);
                try
                {
                    await Task.Delay(Reconnect, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Notification += (_, _) => executor.Wake();
        await connection.OpenAsync(ct);
        await using (var listen = new NpgsqlCommand($"LISTEN {StepCommitter.JobsChannel}", connection))
            await listen.ExecuteNonQueryAsync(ct);
        executor.Wake();
        while (true) await connection.WaitAsync(ct);
    }
}
