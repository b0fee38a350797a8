using Bpm.Engine.Hosting;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Jobs;

/// <summary>Runs due jobs in the background: at once when a local step created jobs, else on the poll interval
/// (jobs created by other nodes, retries falling due, jobs left by a crash).</summary>
internal sealed class JobWorkerService : BackgroundService
{
    private readonly JobExecutor _executor;
    private readonly EngineContext _context;
    private readonly ILogger<JobWorkerService> _logger;
    private readonly SemaphoreSlim _wake = new(0, 1);

    public JobWorkerService(JobExecutor executor, EngineContext context, ILogger<JobWorkerService> logger)
    {
        _executor = executor;
        _context = context;
        _logger = logger;
        context.JobsCreated += Wake;
        if (context.Clock is ControllableClock clock) clock.Moved += Wake;
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try { _wake.Release(); } catch (SemaphoreFullException) { }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_context.Options.RunJobWorker) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _executor.RunDueJobsAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "The job worker failed; it tries again after the poll interval");
            }
            try
            {
                await _wake.WaitAsync(_context.Options.JobPollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        _context.JobsCreated -= Wake;
        if (_context.Clock is ControllableClock clock) clock.Moved -= Wake;
        _wake.Dispose();
        base.Dispose();
    }
}
