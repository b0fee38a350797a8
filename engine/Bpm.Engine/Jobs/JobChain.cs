using Bpm.Engine.Activities;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Jobs;

/// <summary>Runs, inside a step and before its commit, the jobs that step creates for an instance: the ones this node's worker
/// would run next anyway (<see cref="JobHandoff"/>). Their results go into the same step, so a run of quick jobs costs no
/// commit of its own. The worker chains the follow-ups of a job it ran (<see cref="ForWorker"/>); a process start runs the
/// jobs its own step created (<see cref="ForCommand"/>), so a job-mode instance costs one commit. (A task completion leaves
/// its jobs to the worker: they may read what it recorded, which is there only after its commit.)</summary>
/// <remarks>The guarantees stay: a job run in a chain is never visible in the database before it is done, and no other job of
/// the instance runs meanwhile (the worker's chain holds its first job's lock and the instance's; a command chains only an
/// instance that holds no job but the ones its step created). A crash before the commit loses the whole chain: the worker's
/// first job is taken over and runs again, and so do the follow-ups; a command's step was never acknowledged, so its caller
/// sees it fail and nothing of it exists (at least once, as before, with more to run again). A job that fails or throws a BPMN
/// error is recorded in the step as the worker records it (a retry after the back-off, an incident, the error's handler), and
/// the chain ends there. Only the first attempt of a step chains, so a step retried after a conflict or while the database is
/// away does not run the jobs again and again.</remarks>
internal sealed class JobChain
{
    // After a command's job outran its budget, jobs of its type are left to the worker for this long: its callers pay the
    // budget once, not on every start.
    private static readonly TimeSpan SlowTypeMemory = TimeSpan.FromMinutes(1);
    private readonly EngineContext _context;
    private readonly CancellationToken _ct;
    private readonly bool _forCommand;
    private readonly List<long> _adopted = [];
    private long _started;
    private int _attempts;

    private JobChain(EngineContext context, CancellationToken ct, bool forCommand)
    {
        _context = context;
        _ct = ct;
        _forCommand = forCommand;
        _started = context.Clock.GetTimestamp();
    }

    /// <summary>The chain of the background worker's completion step: it stops at <see cref="Hosting.EngineOptions.JobChainLimit"/>
    /// follow-ups or once it has run for <see cref="Hosting.EngineOptions.JobChainBudget"/> (a slow follow-up still delays
    /// the commit by its own duration).</summary>
    public static JobChain ForWorker(EngineContext context, CancellationToken ct) => new(context, ct, forCommand: false);

    /// <summary>The chain of a command's step, or null when this node does not run jobs in commands' steps (turned off, no
    /// background worker). It runs up to <see cref="Hosting.EngineOptions.JobChainLimit"/> jobs while a worker slot is free,
    /// and holds the caller at most <see cref="Hosting.EngineOptions.CommandJobBudget"/>: a job still running then is
    /// committed locked by this node, and the worker takes over the running activity after the commit.</summary>
    public static JobChain? ForCommand(EngineContext context)
    {
        var options = context.Options;
        return options.RunJobsInCommandStep && options.JobChainLimit > 0 && context.Handoff.IsOpen
            ? new JobChain(context, context.Handoff.Stopping, forCommand: true)
            : null;
    }

    private TimeSpan Budget => _forCommand ? _context.Options.CommandJobBudget : _context.Options.JobChainBudget;

    /// <summary>Runs the due jobs of <paramref name="instance"/> that <paramref name="step"/> created, one after the other,
    /// while the options allow.</summary>
    public async Task RunAsync(StepExecution step, InstanceExecution instance)
    {
        if (Interlocked.Increment(ref _attempts) > 1)
        {
            Abandon();
            return;
        }
        if (!_forCommand)
        {
            await RunJobsAsync(step, instance);
            return;
        }
        await step.RunAsync();
        if (!HoldsOnlyNewJobs(step, instance) || !_context.Handoff.TryTakeSlot()) return;
        try
        {
            _started = _context.Clock.GetTimestamp();
            await RunJobsAsync(step, instance);
        }
        finally
        {
            _context.Handoff.SlotFreed();
        }
    }

    /// <summary>The command failed: the activities it left running belong to jobs that were never committed.</summary>
    public void Abandon()
    {
        _context.Handoff.Abandon(_adopted);
        _adopted.Clear();
    }

    private async Task RunJobsAsync(StepExecution step, InstanceExecution instance)
    {
        var options = _context.Options;
        for (var run = 0; run < options.JobChainLimit && _context.Clock.GetElapsedTime(_started) < Budget; run++)
        {
            await step.RunAsync();
            if (!instance.IsActive || FollowUp(step, instance) is not { } job) return;
            var element = instance.State.Elements.Find(e => e.JobKey == job.Key);
            if (element is null || _context.Activities.Find(job.Type) is not { Mode: ActivityExecutionMode.Job } descriptor) return;
            if (_forCommand && _context.Handoff.IsSlow(job.Type, _context.Clock.GetUtcNow())) return;
            var running = Start(descriptor, StepExecution.BuildInvocation(instance, element, instance.NodeOf(element), job.Retries));
            if (_forCommand && !await FinishesWithinBudgetAsync(running))
            {
                HandOver(job, running);
                return;
            }
            ActivityResult result;
            try
            {
                result = await running;
            }
            catch (BpmnErrorException error)
            {
                await ApplyAsync(step, instance, element, job, () => step.ThrowErrorFromElementAsync(instance, element, error.ErrorCode, error.Message));
                return;
            }
            catch (Exception ex) when (!_ct.IsCancellationRequested)
            {
                // As the worker records a failed job: a retry after the back-off (the job is inserted unlocked, due then),
                // or an incident when no retry is left.
                await step.RunGuardedAsync(instance, element, () =>
                {
                    step.FailJob(instance, element, job, ex.Message);
                    return Task.CompletedTask;
                });
                return;
            }
            await ApplyAsync(step, instance, element, job, () => step.ApplyActivityResultAsync(instance, element, result));
        }
    }

    /// <summary>The activity's run; an activity that throws before its first await fails its task as one that throws later.</summary>
    private Task<ActivityResult> Start(ActivityDescriptor descriptor, ActivityInvocation invocation)
    {
        try
        {
            return _context.Invoker.InvokeAsync(descriptor, invocation, _ct);
        }
        catch (Exception ex)
        {
            return Task.FromException<ActivityResult>(ex);
        }
    }

    /// <summary>Whether <paramref name="running"/> ends within what is left of the command's budget (engine clock).</summary>
    private async Task<bool> FinishesWithinBudgetAsync(Task<ActivityResult> running)
    {
        if (running.IsCompleted) return true;
        var left = Budget - _context.Clock.GetElapsedTime(_started);
        if (left <= TimeSpan.Zero) return false;
        using var stop = new CancellationTokenSource();
        var finished = await Task.WhenAny(running, Task.Delay(left, _context.Clock, stop.Token)) == running;
        await stop.CancelAsync();
        return finished;
    }

    /// <summary>The job's activity outran the command's budget: the job is committed locked by this node (never run by
    /// another meanwhile), and after the commit the worker awaits this run of its activity and completes it as its own.</summary>
    private void HandOver(JobEntity job, Task<ActivityResult> running)
    {
        var now = _context.Clock.GetUtcNow();
        job.LockedBy = _context.Options.NodeId;
        job.LockedUntil = now + _context.Options.JobLockTimeout;
        job.LockedInstanceKey = job.ProcessInstanceKey;
        _context.Handoff.Adopt(job.Key, running);
        _adopted.Add(job.Key);
        _context.Handoff.MarkSlow(job.Type, now + SlowTypeMemory);
    }

    /// <summary>Whether every job the instance has is one this step created: then none of its jobs runs anywhere.</summary>
    private static bool HoldsOnlyNewJobs(StepExecution step, InstanceExecution instance) =>
        instance.State.Elements.TrueForAll(e => e.JobKey is not { } key || step.Changes.InsertedJobs.Exists(j => j.Key == key));

    /// <summary>What the worker's completion step does with a finished job: the job goes, then its outcome applies.</summary>
    private static Task ApplyAsync(StepExecution step, InstanceExecution instance, Runtime.State.ElementInstance element, JobEntity job,
        Func<Task> outcome) =>
        step.RunGuardedAsync(instance, element, async () =>
        {
            step.DeleteJob(job.Key);
            element.JobKey = null;
            await outcome();
        });

    /// <summary>The job the worker would be handed after the commit as this slot's next job: the first new, due, unlocked
    /// job of the instance.</summary>
    private JobEntity? FollowUp(StepExecution step, InstanceExecution instance)
    {
        var now = _context.Clock.GetUtcNow();
        return step.Changes.InsertedJobs.Find(j =>
            j.ProcessInstanceKey == instance.Key && j.State == JobState.Activatable && j.LockedBy is null && j.DueAt <= now);
    }
}
