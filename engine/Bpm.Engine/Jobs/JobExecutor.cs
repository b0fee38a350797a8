using Bpm.Engine.Activities;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;
using Bpm.Engine.Runtime.Execution;
using Microsoft.Extensions.Logging;

namespace Bpm.Engine.Jobs;

/// <summary>Locks due jobs (never two of one instance), runs their activities outside any transaction, and reports each
/// outcome as a step. A job runs at least once: a crash between the activity and its completion step runs it again.</summary>
public sealed class JobExecutor
{
    private readonly EngineContext _context;
    private readonly ProcessEngine _engine;
    private readonly ILogger<JobExecutor> _logger;

    internal JobExecutor(EngineContext context, ProcessEngine engine, ILogger<JobExecutor> logger)
    {
        _context = context;
        _engine = engine;
        _logger = logger;
    }

    /// <summary>Runs every job that is due now and returns how many ran. A slot frees as soon as its job is done, and due
    /// jobs are looked for again at least every poll interval: one slow job (or a completion step whose expression runs to
    /// its time budget) holds back only itself.</summary>
    public async Task<int> RunDueJobsAsync(CancellationToken ct)
    {
        var slots = Math.Max(1, _context.Options.JobWorkerConcurrency);
        var inFlight = new List<Task>();
        var total = 0;
        while (true)
        {
            var free = slots - inFlight.Count;
            var lockedAll = false;
            if (free > 0)
            {
                var now = _context.Clock.GetUtcNow();
                var jobs = await _context.Store.LockDueJobsAsync(_context.Options.NodeId, now, now + _context.Options.JobLockTimeout, free, ct);
                // Started in lock order, as before: each runs inline up to its first real wait (jobs that must see each
                // other's effects in order, like consecutive case numbers, keep it).
                foreach (var job in jobs) inFlight.Add(RunAsync(job, ct));
                total += jobs.Count;
                lockedAll = jobs.Count == free;
            }
            if (inFlight.Count == 0) return total;
            if (lockedAll && inFlight.Count < slots) continue;
            await Task.WhenAny(inFlight.Append(Task.Delay(_context.Options.JobPollInterval, ct)));
            inFlight.RemoveAll(task => task.IsCompleted);
            if (ct.IsCancellationRequested)
            {
                // Stopping: the running jobs see the same token; wait for them so none outlives the host.
                await Task.WhenAll(inFlight);
                ct.ThrowIfCancellationRequested();
            }
        }
    }

    public Task<DateTimeOffset?> NextDueAtAsync(CancellationToken ct) => _context.Store.NextJobDueAtAsync(ct);

    private async Task RunAsync(JobEntity job, CancellationToken ct)
    {
        try
        {
            var invocation = await PrepareAsync(job, ct);
            if (invocation is null)
            {
                await _context.Store.UnlockJobAsync(job.Key, ct);
                return;
            }
            var descriptor = _context.Activities.Find(job.Type);
            if (descriptor is null)
            {
                await _engine.FailJobAsync(job.Key, $"no activity is registered for task type '{job.Type}'", ct);
                return;
            }
            ActivityResult result;
            try
            {
                result = await _context.Invoker.InvokeAsync(descriptor, invocation, ct);
            }
            catch (BpmnErrorException error)
            {
                await _engine.ThrowJobErrorAsync(job.Key, error.ErrorCode, error.Message, ct);
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                _logger.LogInformation("Job {JobKey} ({Type}) failed: {Message}", job.Key, job.Type, ex.Message);
                await _engine.FailJobAsync(job.Key, ex.Message, ct);
                return;
            }
            await _engine.CompleteJobAsync(job.Key, result, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: the lock expires (or this node releases it at start-up) and the job runs again.
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Job {JobKey} could not be processed; it stays locked until its lock expires", job.Key);
        }
    }

    private async Task<ActivityInvocation?> PrepareAsync(JobEntity job, CancellationToken ct)
    {
        var entity = await _context.Store.FindInstanceAsync(job.ProcessInstanceKey, ct);
        if (entity is null) return null;
        var definition = await _context.Models.GetAsync(entity.ProcessDefinitionKey, ct);
        var instance = new InstanceExecution(entity, InstanceStateSerializer.Deserialize(entity.StateData), definition.Model, isNew: false);
        var element = instance.State.Elements.Find(e => e.JobKey == job.Key);
        if (element is null) return null;
        return StepExecution.BuildInvocation(instance, element, instance.NodeOf(element), job.Retries);
    }
}
