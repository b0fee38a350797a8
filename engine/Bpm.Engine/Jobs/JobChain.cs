using Bpm.Engine.Activities;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Jobs;

/// <summary>Runs, inside a job's completion step and before its commit, the follow-up jobs that step creates for the same
/// instance: the ones the worker slot would run next anyway (<see cref="JobHandoff"/>). Their results go into the same
/// step, so a chain of quick jobs costs one commit instead of one per job.</summary>
/// <remarks>The guarantees stay: the first job keeps its lock (and its instance's lock) until the chain commits, so no other
/// job of the instance runs meanwhile; a follow-up is never visible in the database before it is done. A crash before the
/// commit loses the whole chain: the first job is taken over and runs again, and so do the follow-ups (at least once, as
/// before, with more to run again). A follow-up that fails or throws a BPMN error is recorded in the step as the worker records
/// it (a retry after the back-off, an incident, the error's handler), and the chain ends there. Only the first attempt of a completion chains, so
/// a completion retried after a conflict or while the database is away does not run the follow-ups again and again.</remarks>
internal sealed class JobChain(EngineContext context, CancellationToken ct)
{
    private readonly long _started = context.Clock.GetTimestamp();
    private int _attempts;

    /// <summary>Runs the due follow-up jobs of <paramref name="instance"/> that <paramref name="step"/> created, one after the
    /// other, while the options allow (<see cref="Hosting.EngineOptions.JobChainLimit"/>, <see cref="Hosting.EngineOptions.JobChainBudget"/>).</summary>
    public async Task RunAsync(StepExecution step, InstanceExecution instance)
    {
        if (Interlocked.Increment(ref _attempts) > 1) return;
        var options = context.Options;
        for (var run = 0; run < options.JobChainLimit && context.Clock.GetElapsedTime(_started) < options.JobChainBudget; run++)
        {
            await step.RunAsync();
            if (!instance.IsActive || FollowUp(step, instance) is not { } job) return;
            var element = instance.State.Elements.Find(e => e.JobKey == job.Key);
            if (element is null || context.Activities.Find(job.Type) is not { Mode: ActivityExecutionMode.Job } descriptor) return;
            ActivityResult result;
            try
            {
                result = await context.Invoker.InvokeAsync(descriptor, StepExecution.BuildInvocation(instance, element, instance.NodeOf(element), job.Retries), ct);
            }
            catch (BpmnErrorException error)
            {
                await ApplyAsync(step, instance, element, job, () => step.ThrowErrorFromElementAsync(instance, element, error.ErrorCode, error.Message));
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
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
        var now = context.Clock.GetUtcNow();
        return step.Changes.InsertedJobs.Find(j =>
            j.ProcessInstanceKey == instance.Key && j.State == JobState.Activatable && j.LockedBy is null && j.DueAt <= now);
    }
}
