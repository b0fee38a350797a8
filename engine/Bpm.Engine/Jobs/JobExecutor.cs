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
    private readonly WakeSignal _wake = new();
    private static readonly TimeSpan FirstReportRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LastReportRetry = TimeSpan.FromSeconds(5);

    internal JobExecutor(EngineContext context, ProcessEngine engine, ILogger<JobExecutor> logger)
    {
        _context = context;
        _engine = engine;
        _logger = logger;
    }

    /// <summary>Runs every job that is due now and returns how many ran. A slot frees as soon as its job is done, and due
    /// jobs are looked for again at once (a <see cref="Wake"/>) or at least every poll interval: one slow job (or a
    /// completion step whose expression runs to its time budget) holds back only itself.</summary>
    public Task<int> RunDueJobsAsync(CancellationToken ct) => WorkAsync(untilStopped: false, ct);

    /// <summary>The background worker: runs jobs as slots free and as they fall due, until <paramref name="ct"/> stops it.
    /// Meanwhile this node's steps hand it the jobs they create, locked in their own commit (<see cref="JobHandoff"/>).</summary>
    internal async Task RunUntilStoppedAsync(CancellationToken ct)
    {
        var handoff = _context.Handoff;
        handoff.Handed += _wake.Wake;
        handoff.Open(Math.Max(1, _context.Options.JobWorkerConcurrency), ct);
        try
        {
            await WorkAsync(untilStopped: true, ct);
        }
        finally
        {
            handoff.Handed -= _wake.Wake;
            await UnlockAsync(handoff.Close());
        }
    }

    /// <summary>Looks for due jobs now (a local step created some, another node said so, or the clock moved).</summary>
    public void Wake()
    {
        Volatile.Write(ref _lookInDatabase, 1);
        _wake.Wake();
    }

    // 1 when due jobs may be waiting in the database: set by a wake, by the poll interval, when a slot frees and when the
    // last look filled every slot; a wake for handed jobs alone takes them without a lock query.
    private int _lookInDatabase = 1;

    private async Task<int> WorkAsync(bool untilStopped, CancellationToken ct)
    {
        var slots = Math.Max(1, _context.Options.JobWorkerConcurrency);
        var inFlight = new List<Task>();
        Task<bool>? woken = null;
        // The background worker's lock query runs while the loop goes on taking handed jobs, and asks for half the free
        // slots (the rest stay for them). Awaited inline, each handed job waited for the query in progress, and under load
        // the query after each freed slot (usually finding nothing: the jobs had been handed) kept the loop busy.
        Task<IReadOnlyList<JobEntity>>? locking = null;
        var requested = 0;
        var total = 0;
        Volatile.Write(ref _lookInDatabase, 1);
        while (true)
        {
            var lockedAll = false;
            if (locking is { IsCompleted: true })
            {
                var jobs = await locking;
                locking = null;
                total += StartLocked(jobs, inFlight, ct);
                lockedAll = jobs.Count == requested;
                if (lockedAll) Volatile.Write(ref _lookInDatabase, 1);
                requested = 0;
            }
            var free = slots - inFlight.Count - requested;
            if (free > 0)
            {
                var handed = _context.Handoff.Take(free);
                foreach (var job in handed) inFlight.Add(RunAsync(job, offTheLoop: true, ct));
                total += handed.Count;
                free -= handed.Count;
                if (free > 0 && locking is null && Interlocked.Exchange(ref _lookInDatabase, 0) == 1)
                {
                    if (untilStopped)
                    {
                        requested = Math.Max(1, free / 2);
                        locking = LockAsync(requested, untilStopped, ct);
                    }
                    else
                    {
                        var jobs = await LockAsync(free, untilStopped, ct);
                        total += StartLocked(jobs, inFlight, ct);
                        lockedAll = jobs.Count == free;
                        if (lockedAll) Volatile.Write(ref _lookInDatabase, 1);
                    }
                }
                else if (handed.Count > 0)
                {
                    lockedAll = free == 0;
                }
            }
            inFlight.RemoveAll(task => task.IsCompleted);
            if (inFlight.Count == 0 && locking is null && !untilStopped) return total;
            if (lockedAll && inFlight.Count < slots) continue;
            // One wait on the wake signal at a time, kept across rounds: an abandoned wait would swallow the next wake.
            woken ??= _wake.WaitAsync(_context.Options.JobPollInterval, ct);
            await Task.WhenAny(locking is null ? inFlight.Append(woken) : inFlight.Append(woken).Append(locking));
            if (woken.IsCompleted)
            {
                if (!woken.IsCompletedSuccessfully || !woken.Result) Volatile.Write(ref _lookInDatabase, 1);
                woken = null;
            }
            inFlight.RemoveAll(task => task.IsCompleted);
            if (ct.IsCancellationRequested)
            {
                // Stopping: the running jobs see the same token; wait for them so none outlives the host, and give back
                // what a lock query still in flight locked.
                await Task.WhenAll(inFlight);
                if (locking is not null) await UnlockAsync(await LockedOrNoneAsync(locking));
                ct.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Starts jobs a lock query returned, in lock order, as before: each runs inline up to its first real wait (jobs
    /// that must see each other's effects in order, like consecutive case numbers, keep it).</summary>
    private int StartLocked(IReadOnlyList<JobEntity> jobs, List<Task> inFlight, CancellationToken ct)
    {
        foreach (var job in jobs) inFlight.Add(RunAsync(job, offTheLoop: false, ct));
        return jobs.Count;
    }

    private static async Task<List<JobEntity>> LockedOrNoneAsync(Task<IReadOnlyList<JobEntity>> locking)
    {
        try
        {
            return [.. await locking];
        }
        catch (OperationCanceledException)
        {
            return [];
        }
    }

    private async Task<IReadOnlyList<JobEntity>> LockAsync(int max, bool untilStopped, CancellationToken ct)
    {
        var now = _context.Clock.GetUtcNow();
        try
        {
            return await _context.Store.LockDueJobsAsync(_context.Options.NodeId, now, now + _context.Options.JobLockTimeout, max, ct);
        }
        catch (Exception ex) when (untilStopped && !ct.IsCancellationRequested)
        {
            // The database may be away for a while: keep the running jobs and look again after the poll interval.
            _logger.LogWarning(ex, "Due jobs could not be locked; looking again after the poll interval");
            return [];
        }
    }

    /// <summary>Gives back the handed jobs a stopping worker did not start (if this fails, a restart or takeover does it).</summary>
    private async Task UnlockAsync(List<JobEntity> jobs)
    {
        foreach (var job in jobs)
        {
            try
            {
                await _context.Store.UnlockJobAsync(job.Key, CancellationToken.None);
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Handed job {JobKey} could not be unlocked at stop; it is released at restart or takeover", job.Key);
                return;
            }
        }
    }

    public Task<DateTimeOffset?> NextDueAtAsync(CancellationToken ct) => _context.Store.NextJobDueAtAsync(ct);

    /// <summary>Runs a job, then in the same slot each job of the same instance its completion handed back; the slot then
    /// frees and the database is looked at again (a job of this instance that waited for its lock may be due now).</summary>
    /// <param name="offTheLoop">Whether the job starts on the thread pool rather than inline on the worker's loop. Handed
    /// jobs do: they come from unrelated steps (no order among them to keep), and inline, the loop would run each one's
    /// activity and completion step (with its chain) up to the commit before taking the next handed job, so under load the
    /// jobs of many instances queued behind one another on one thread while the other core idled.</param>
    private async Task RunAsync(JobEntity job, bool offTheLoop, CancellationToken ct)
    {
        JobEntity? next = job;
        _context.Handoff.SlotTaken();
        try
        {
            if (offTheLoop) await Task.Yield();
            while (next is not null && !ct.IsCancellationRequested)
            {
                var running = _context.Handoff.BeginRun(next);
                await RunOneAsync(next, ct);
                next = running.Next;
            }
            if (next is not null) await UnlockAsync([next]);
        }
        finally
        {
            _context.Handoff.SlotFreed();
        }
        Volatile.Write(ref _lookInDatabase, 1);
        _wake.Wake();
    }

    private async Task RunOneAsync(JobEntity job, CancellationToken ct)
    {
        // A job a command's step started and committed still running (past its budget): await that run, not a second one.
        var adopted = _context.Handoff.TakeAdopted(job.Key);
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
                await ReportAsync(job, () => _engine.FailJobAsync(job.Key, $"没有注册任务类型为「{job.Type}」的活动", ct), ct);
                return;
            }
            ActivityResult result;
            try
            {
                result = await (adopted ?? _context.Invoker.InvokeAsync(descriptor, invocation, ct));
            }
            catch (BpmnErrorException error)
            {
                await ReportAsync(job, () => _engine.ThrowJobErrorAsync(job.Key, error.ErrorCode, error.Message, ct), ct);
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                _logger.LogInformation("Job {JobKey} ({Type}) failed: {Message}", job.Key, job.Type, ex.Message);
                await ReportAsync(job, () => _engine.FailJobAsync(job.Key, ex.Message, ct), ct);
                return;
            }
            // Only the background worker chains: there the follow-up would be handed to this slot anyway.
            var chain = _context.Handoff.IsOpen && _context.Options.JobChainLimit > 0 ? JobChain.ForWorker(_context, ct) : null;
            await ReportAsync(job, () => _engine.CompleteJobAsync(job, result, ct, chain), ct);
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

    /// <summary>Stores a job's outcome. The activity has run: while the database cannot be reached the outcome is kept and
    /// sent again with backoff, rather than dropped and the job run again when its lock expires. (A stop of the node in
    /// between still loses it: the job then runs again, at least once.)</summary>
    private async Task ReportAsync(JobEntity job, Func<Task> report, CancellationToken ct)
    {
        var delay = FirstReportRetry;
        while (true)
        {
            try
            {
                await report();
                return;
            }
            catch (Exception ex) when (DatabaseUnreachable.Is(ex) && !ct.IsCancellationRequested)
            {
                _logger.LogWarning("The outcome of job {JobKey} ({Type}) could not be stored, the database is unreachable ({Message}); trying again in {Delay} ms",
                    job.Key, job.Type, ex.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, ct);
                delay = delay * 2 < LastReportRetry ? delay * 2 : LastReportRetry;
            }
        }
    }

    private async Task<ActivityInvocation?> PrepareAsync(JobEntity job, CancellationToken ct)
    {
        // This node's last commit of the instance is usually the one that created the job: no read needed then.
        if (_context.Instances.Get(job.ProcessInstanceKey) is { } cached && await InvocationAsync(cached, job, ct) is { } invocation)
            return invocation;
        var entity = await _context.Store.FindInstanceAsync(job.ProcessInstanceKey, ct);
        return entity is null ? null : await InvocationAsync(entity, job, ct);
    }

    private async Task<ActivityInvocation?> InvocationAsync(ProcessInstanceEntity entity, JobEntity job, CancellationToken ct)
    {
        var definition = await _context.Models.GetAsync(entity.ProcessDefinitionKey, ct);
        var instance = new InstanceExecution(entity, InstanceStateSerializer.Deserialize(entity.StateData), definition.Model, isNew: false);
        var element = instance.State.Elements.Find(e => e.JobKey == job.Key);
        if (element is null) return null;
        return StepExecution.BuildInvocation(instance, element, instance.NodeOf(element), job.Retries);
    }
}
