using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Time;
using Microsoft.Extensions.Hosting;

namespace Bpm.Engine.Jobs;

/// <summary>Runs due jobs in the background: as slots free up, at once when a local step created jobs or another node
/// announced some, else on the poll interval (retries falling due, jobs released by a dead node).</summary>
internal sealed class JobWorkerService : BackgroundService
{
    private readonly JobExecutor _executor;
    private readonly EngineContext _context;

    public JobWorkerService(JobExecutor executor, EngineContext context)
    {
        _executor = executor;
        _context = context;
        context.JobsCreated += executor.Wake;
        if (context.Clock is ControllableClock clock) clock.Moved += executor.Wake;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_context.Options.RunJobWorker) return;
        try
        {
            await _executor.RunUntilStoppedAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _context.JobsCreated -= _executor.Wake;
        if (_context.Clock is ControllableClock clock) clock.Moved -= _executor.Wake;
        base.Dispose();
    }
}
