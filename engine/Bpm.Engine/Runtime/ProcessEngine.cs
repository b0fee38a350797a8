using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Bpm.Engine.Deployment;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Commands;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime;

/// <summary>The engine's commands. Each one is a step: load, run until every token waits, commit once; a step that lost an
/// optimistic-concurrency race is run again from fresh state.</summary>
internal sealed partial class ProcessEngine(EngineContext context, ProcessDeployer deployer,
    Messaging.Outbox.OutboxStore outbox) : IProcessEngine, Messaging.IMessageCorrelator
{
    public Task<DeploymentResult> DeployAsync(IReadOnlyList<DeploymentResource> resources, CancellationToken ct) =>
        WithConflictRetry(() => deployer.DeployAsync(resources, ct), ct);

    public Task<DeploymentResult> DeployAsync(IReadOnlyList<DeploymentResource> resources, string? deployedBy, CancellationToken ct) =>
        WithConflictRetry(() => deployer.DeployAsync(resources, deployedBy, ct), ct);

    public async Task<StartedProcessInstance> StartProcessInstanceAsync(StartProcessInstanceCommand command, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(command.BpmnProcessId)) throw new InvalidCommandException("缺少流程标识 bpmnProcessId", "bpmnProcessId");
        var limits = context.Options.Limits;
        if (command.BusinessKey is { } businessKey && businessKey.Length > limits.MaxBusinessKeyLength)
            throw Limits.SizeLimitExceededException.BusinessKey(limits.MaxBusinessKeyLength, businessKey.Length);
        Limits.VariableSize.CheckIncoming(limits, command.Variables);
        var definition = await context.Models.FindAsync(command.BpmnProcessId, command.Version, ct)
            ?? throw new EngineNotFoundException(command.Version is { } v
                ? $"流程「{command.BpmnProcessId}」没有第 {v} 版"
                : $"流程「{command.BpmnProcessId}」尚未部署");
        if (definition.Model.NoneStartEvents.Count == 0)
            throw new InvalidCommandException($"流程「{command.BpmnProcessId}」没有空开始事件，只能由消息或定时器启动", "bpmnProcessId");
        return await WithCommandJobsAsync(jobs => RunStepAsync(async step =>
        {
            step.Actor = command.StartedBy;
            var instance = step.CreateInstance(definition, command.BusinessKey, command.Variables?.DeepClone() as JsonObject, startedBy: command.StartedBy);
            step.StartScope(instance, instance.Model, instance.Key);
            if (jobs is not null) await jobs.RunAsync(step, instance);
            return new StartedProcessInstance(instance.Key.ToString(), definition.BpmnProcessId, definition.Version, definition.Key.ToString());
        }, ct));
    }

    /// <summary>Runs a command whose step may run the jobs it creates before its commit (<see cref="Jobs.JobChain.ForCommand"/>).</summary>
    private async Task<T> WithCommandJobsAsync<T>(Func<Jobs.JobChain?, Task<T>> command)
    {
        var jobs = Jobs.JobChain.ForCommand(context);
        try
        {
            return await command(jobs);
        }
        catch
        {
            jobs?.Abandon();
            throw;
        }
    }

    public Task CompleteUserTaskAsync(long userTaskKey, JsonObject? variables, CancellationToken ct) =>
        CompleteUserTaskAsync(userTaskKey, variables, actor: null, requireCallerMaySee: null, guard: null, ct);

    private void CheckIncoming(JsonObject? variables) => Limits.VariableSize.CheckIncoming(context.Options.Limits, variables);

    /// <summary>Completes a task; <paramref name="guard"/> runs first in the same step and may refuse by throwing;
    /// <paramref name="whenNotOpen"/>, given a task no longer open, may refuse with a better reason than its state.</summary>
    internal Task CompleteUserTaskAsync(long userTaskKey, JsonObject? variables, string? actor, Func<Task>? requireCallerMaySee,
        Func<StepExecution, UserTaskEntity, Task>? guard, CancellationToken ct,
        Func<InstanceExecution, UserTaskEntity, Task>? whenNotOpen = null) =>
        // Its jobs are left to the worker: they may read what the person just did through the case's recorded history
        // (e.g. who changed a figure), which is only there once this step has committed. Starts run theirs in the step.
        RunCommandAsync(requireCallerMaySee, async step =>
        {
            CheckIncoming(variables);
            step.Actor = actor;
            var (task, instance) = await step.LoadUserTaskAsync(userTaskKey);
            if (task.State != UserTaskState.Created && whenNotOpen is not null) await whenNotOpen(instance, task);
            if (task.State != UserTaskState.Created) throw new EngineConflictException($"用户任务 {userTaskKey} 已不是待办状态（{StateText<UserTaskState>.Of(task.State)}），不能再办理");
            if (guard is not null) await guard(step, task);
            var element = instance.Find(task.ElementInstanceKey) ?? throw new EngineConflictException($"用户任务 {userTaskKey} 所在环节已结束");
            await Forms.TaskFormCheck.ValidateAsync(context, task, instance, element, variables, ct);
            step.Changes.Track(task);
            await step.CompleteUserTaskAsync(instance, element, task, variables, actor);
            return true;
        }, ct);

    public Task CancelProcessInstanceAsync(long processInstanceKey, CancellationToken ct) =>
        CancelProcessInstanceAsync(processInstanceKey, by: null, reason: null, ct);

    public Task CancelProcessInstanceAsync(long processInstanceKey, string? by, string? reason, CancellationToken ct) =>
        RunCommandAsync(requireCallerMaySee: null, async step =>
        {
            step.Actor = by;
            var instance = await step.LoadAsync(processInstanceKey);
            if (instance.Entity.ParentInstanceKey is { } parent)
                throw new EngineConflictException($"流程实例 {processInstanceKey} 由实例 {parent} 调用，请撤销最上层的实例");
            await step.TerminateInstanceAsync(instance, by, reason);
            return true;
        }, ct);

    public Task ResolveIncidentAsync(long incidentKey, CancellationToken ct) => ResolveIncidentAsync(incidentKey, by: null, note: null, ct);

    public async Task ResolveIncidentAsync(long incidentKey, string? by, string? note, CancellationToken ct)
    {
        var found = await context.Store.FindIncidentAsync(incidentKey, ct) ?? throw EngineNotFoundException.Missing("incident", incidentKey);
        // The element of a message dispatch incident completed when its message was stored (the case may have ended since):
        // retrying sends the stored message and changes nothing of the case, so it is not a command on the case.
        var messageDispatch = found.ErrorType == IncidentTypes.MessageDispatch;
        await (messageDispatch ? RunStepAsync(Resolve, ct) : RunCommandAsync(requireCallerMaySee: null, Resolve, ct));
        // After the commit: a failed resolution leaves the message on its retry schedule, incident still open.
        if (messageDispatch)
        {
            await outbox.RetryNowAsync(incidentKey, ct);
            context.NotifyOutboxWritten();
        }

        async Task<bool> Resolve(StepExecution step)
        {
            step.Actor = by;
            var incident = await context.Store.FindIncidentAsync(incidentKey, ct) ?? throw EngineNotFoundException.Missing("incident", incidentKey);
            if (incident.State != IncidentState.Active)
                throw new EngineConflictException($"故障 {incidentKey} 已处理，无需重试");
            var instance = await step.LoadAsync(incident.ProcessInstanceKey);
            if (messageDispatch)
            {
                step.Changes.Track(incident);
                step.MarkResolved(instance, incident, by, note);
                return true;
            }
            var element = instance.Find(incident.ElementInstanceKey);
            step.Changes.Track(incident);
            step.MarkResolved(instance, incident, by, note);
            if (element is null) return false;
            if (incident.JobKey is { } jobKey && await context.Store.FindJobAsync(jobKey, ct) is { } job)
            {
                job.Retries = Math.Max(job.Retries, 1);
                job.State = JobState.Activatable;
                job.DueAt = step.Now;
                step.Changes.Track(job);
                step.MarkJobsCreated();
                return false;
            }
            var pending = element.Pending;
            element.Pending = null;
            step.Enqueue(pending == State.PendingAction.Complete ? new CompleteWork(instance, element) : new ExecuteWork(instance, element));
            return false;
        }
    }

    public Task TriggerSubscriptionAsync(long subscriptionKey, JsonObject? variables, CancellationToken ct) =>
        RunStepAsync(async step =>
        {
            var subscription = await context.Store.FindSubscriptionAsync(subscriptionKey, ct)
                ?? throw EngineNotFoundException.Missing("subscription", subscriptionKey);
            if (subscription.ProcessDefinitionKey is { } definitionKey)
            {
                var definition = await context.Models.GetAsync(definitionKey, ct);
                if (subscription.Kind == "MESSAGE") step.StartByMessage(definition, subscription, null, variables ?? []);
                else step.FireTimerStart(definition, subscription, variables?.DeepClone().AsObject());
                return true;
            }
            var instance = await step.LoadAsync(subscription.ProcessInstanceKey);
            await step.TriggerAsync(instance, subscription, variables?.DeepClone().AsObject() ?? []);
            return true;
        }, ct);

    /// <summary>Fires a due timer (the due-timer sweep). False, not an error, when it is gone or no longer awaited: another
    /// node fired it, or the step that ended its element committed after the sweep read it. <paramref name="commitVia"/>
    /// writes the step instead of the store (the sweep writes a chunk of timers' steps in one commit).</summary>
    internal Task<bool> FireTimerAsync(SubscriptionEntity claimed, CancellationToken ct,
        Func<StepChangeSet, CancellationToken, Task>? commitVia = null)
    {
        var attempt = 0;
        return RunStepAsync(async step =>
        {
            step.CommitVia = commitVia;
            // The claim just read the row; a retry after a conflict reads it again (it may be gone by then).
            var subscription = attempt++ == 0 ? claimed : await context.Store.FindSubscriptionAsync(claimed.Key, ct);
            if (subscription is not { Kind: "TIMER" }) return false;
            if (subscription.ProcessDefinitionKey is { } definitionKey)
            {
                step.FireTimerStart(await context.Models.GetAsync(definitionKey, ct), subscription, null);
                return true;
            }
            var instance = await step.LoadAsync(subscription.ProcessInstanceKey);
            if (!StepExecution.Holds(instance, subscription)) return false;
            await step.TriggerAsync(instance, subscription, []);
            step.MarkFired(subscription);
            return true;
        }, ct);
    }

    /// <summary>A job's activity finished: its outputs complete the element. A job whose element has gone is dropped.</summary>
    /// <remarks>The worker passes the job it holds locked, so the job is not read again: one whose element has gone (its
    /// instance was cancelled, or another node ran it after a takeover) is found so by the element lookup.</remarks>
    /// <param name="chain">When given, runs the follow-up jobs of the instance in the same step before the commit.</param>
    internal Task CompleteJobAsync(Persistence.Entities.JobEntity held, ActivityResult result, CancellationToken ct, Jobs.JobChain? chain = null) =>
        WithJob(held.Key, ct, async (step, instance, element, _) =>
        {
            step.DeleteJob(held.Key);
            element.JobKey = null;
            await step.ApplyActivityResultAsync(instance, element, result);
        }, held, chain);

    internal Task FailJobAsync(long jobKey, string message, CancellationToken ct) =>
        WithJob(jobKey, ct, (step, instance, element, job) =>
        {
            step.FailJob(instance, element, job, message);
            return Task.CompletedTask;
        });

    internal Task ThrowJobErrorAsync(long jobKey, string code, string? message, CancellationToken ct) =>
        WithJob(jobKey, ct, async (step, instance, element, _) =>
        {
            step.DeleteJob(jobKey);
            element.JobKey = null;
            await step.ThrowErrorFromElementAsync(instance, element, code, message);
        });

    private Task WithJob(long jobKey, CancellationToken ct, Func<StepExecution, InstanceExecution, State.ElementInstance, Persistence.Entities.JobEntity, Task> action,
        Persistence.Entities.JobEntity? held = null, Jobs.JobChain? chain = null) =>
        RunStepAsync(async step =>
        {
            var job = held ?? await context.Store.FindJobAsync(jobKey, ct);
            if (job is null) return false;
            var instance = await step.LoadAsync(job.ProcessInstanceKey);
            var element = instance.State.Elements.Find(e => e.JobKey == jobKey);
            if (element is null || !instance.IsActive)
            {
                step.DeleteJob(jobKey);
                return false;
            }
            await step.RunGuardedAsync(instance, element, () => action(step, instance, element, job));
            if (chain is not null) await chain.RunAsync(step, instance);
            return true;
        }, ct);

    /// <summary>Runs a command on a case: a person (or client) acting on existing instances. The step refuses every instance
    /// that has ended (409 <c>case-archived</c>) as it loads it, so no command can forget the check. The engine's own work
    /// (jobs, timers, messages, sweeps) runs through <see cref="RunStepAsync{T}"/>. <paramref name="requireCallerMaySee"/> is the
    /// command's visibility check (403/404), run before that refusal so an ended case answers a caller who may not see it as
    /// an open one does; null where the caller's access was checked before the command (the server's case routes).</summary>
    internal Task<T> RunCommandAsync<T>(Func<Task>? requireCallerMaySee, Func<StepExecution, Task<T>> body, CancellationToken ct) =>
        RunStepAsync(body, ct, command: true, requireCallerMaySee);

    internal async Task<T> RunStepAsync<T>(Func<StepExecution, Task<T>> body, CancellationToken ct, bool command = false,
        Func<Task>? requireCallerMaySee = null)
    {
        List<Messaging.Store.MessageProbe>? probes = null;
        var outcome = await WithConflictRetry(async () =>
        {
            var step = new StepExecution(context, ct) { RefusesEndedInstances = command, RequireCallerMaySee = requireCallerMaySee };
            var committing = false;
            try
            {
                var result = await body(step);
                await step.RunAsync();
                committing = true;
                await step.CommitAsync();
                probes = step.BufferedMessageProbes();
                return result;
            }
            catch (Exception) when (step.ServedFromCache && !committing && !ct.IsCancellationRequested)
            {
                // Refused on a cached copy, which may be older than the database (another node committed, or a commit of
                // this node had not updated the cache yet). The database decides: run the command once more from there.
                // (A stale copy that reaches the commit fails its revision check and is retried by WithConflictRetry.)
                step.EvictLoaded();
                var fresh = new StepExecution(context, ct)
                    { BypassCache = true, RefusesEndedInstances = command, RequireCallerMaySee = requireCallerMaySee };
                var result = await body(fresh);
                await fresh.RunAsync();
                await fresh.CommitAsync();
                probes = fresh.BufferedMessageProbes();
                return result;
            }
        }, ct);
        if (probes is { Count: > 0 }) await CorrelateBufferedAsync(probes, ct);
        return outcome;
    }

    private async Task<T> WithConflictRetry<T>(Func<Task<T>> attempt, CancellationToken ct)
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (ConcurrencyConflictException) when (tries < context.Options.ConflictRetries)
            {
                // Another step won the race for the same instance; back off a little at random and run again on fresh state.
                await Task.Delay(Random.Shared.Next(1, 5 + tries * 5), ct);
            }
        }
    }
}
