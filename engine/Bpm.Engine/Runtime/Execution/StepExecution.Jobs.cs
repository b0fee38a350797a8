using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Processors;
using Bpm.Engine.Runtime.State;
using static Bpm.Engine.Runtime.Execution.FeelConversions;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Runs the custom activity of a service/send task or message throw event. Inline activities run in this step
    /// (a failure turns into a retried job); job-mode activities commit a job that a worker runs after this step.</summary>
    public async Task RunTaskDefinitionAsync(InstanceExecution instance, ElementInstance element, FlowNode node, TaskDefinition definition)
    {
        var type = AsText(Evaluate(definition.Type, instance, element.Key, "任务类型"))
            ?? throw new IncidentException(IncidentTypes.ExtractValue, "任务类型求值结果为空");
        if (BpmnElementProcessors.For(node).SendsMessages(node) && Context.MessageContracts.Find(type) is { SentByBpm: true } contract)
        {
            SendContractMessage(instance, element, node, contract);
            return;
        }
        var retries = ToInt(Evaluate(definition.Retries, instance, element.Key, "重试次数"), 3);
        var descriptor = Context.Activities.Find(type)
            ?? throw new IncidentException(IncidentTypes.UnknownActivity, $"没有注册任务类型为「{type}」的活动");
        if (descriptor.Mode == ActivityExecutionMode.Job)
        {
            CreateJob(instance, element, type, retries, Now, error: null);
            return;
        }
        var invocation = BuildInvocation(instance, element, node, retries);
        ActivityResult result;
        try
        {
            result = await Context.Invoker.InvokeAsync(descriptor, invocation, Cancellation);
        }
        catch (BpmnErrorException error)
        {
            await ThrowErrorFromElementAsync(instance, element, error.ErrorCode, error.Message);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var job = CreateJob(instance, element, type, retries, Now, ex.Message);
            FailJob(instance, element, job, ex.Message);
            return;
        }
        await ApplyActivityResultAsync(instance, element, result);
    }

    public async Task ApplyActivityResultAsync(InstanceExecution instance, ElementInstance element, ActivityResult result)
    {
        foreach (var log in result.Logs)
            Record(instance, HistoryEvents.Log, element.ElementId, instance.NodeOf(element).ElementType, element.Key, value: JsonValue.Create(log));
        Variables.SetCompletionVariables(instance, element, result.Variables);
        // Modules file the generated documents and make dependents follow changed deadlines.
        await PublishAsync(new Events.ActivityResultApplied(instance, element, result));
        Complete(instance, element);
    }

    /// <summary>A BPMN error from an activity: caught by the nearest handler, else an incident on the element.</summary>
    public async Task ThrowErrorFromElementAsync(InstanceExecution instance, ElementInstance element, string code, string? message)
    {
        var variables = new JsonObject { ["errorCode"] = code, ["errorMessage"] = message };
        if (!await ThrowErrorAsync(instance, element, code, variables))
            throw new IncidentException(IncidentTypes.UnhandledError, $"抛出的错误「{code}」（{message}）没有被捕获");
    }

    private JobEntity CreateJob(InstanceExecution instance, ElementInstance element, string type, int retries, DateTimeOffset dueAt, string? error)
    {
        var job = new JobEntity
        {
            Key = Context.Keys.Next(),
            ProcessInstanceKey = instance.Key,
            ElementInstanceKey = element.Key,
            ElementId = element.ElementId,
            Type = type,
            Retries = retries,
            State = JobState.Activatable,
            DueAt = dueAt,
            ErrorMessage = error,
            CreatedAt = Now,
        };
        Changes.InsertedJobs.Add(job);
        element.JobKey = job.Key;
        _jobsCreated = true;
        return job;
    }

    /// <summary>One attempt failed: retry after the back-off while retries are left, else open an incident.</summary>
    public void FailJob(InstanceExecution instance, ElementInstance element, JobEntity job, string message)
    {
        job.Retries = Math.Max(0, job.Retries - 1);
        job.ErrorMessage = message;
        job.LockedBy = null;
        job.LockedUntil = null;
        job.LockedInstanceKey = null;
        Record(instance, HistoryEvents.JobFailed, element.ElementId, instance.NodeOf(element).ElementType, element.Key,
            name: job.Type, value: JsonValue.Create(message));
        if (job.Retries > 0)
        {
            element.JobFailures = (element.JobFailures ?? 0) + 1;
            job.DueAt = Now + RetryBackoff(element.JobFailures.Value);
        }
        else
        {
            job.State = JobState.Failed;
            OpenIncident(instance, element, IncidentTypes.JobNoRetries, message, job.Key);
        }
        Changes.Track(job);
    }

    /// <summary>The first retry waits JobRetryBackoff; each further one twice as long, up to JobRetryBackoffMax.</summary>
    private TimeSpan RetryBackoff(int failures)
    {
        var options = Context.Options;
        var factor = Math.Pow(2, Math.Min(failures - 1, 30));
        var ticks = Math.Min(options.JobRetryBackoff.Ticks * factor, options.JobRetryBackoffMax.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    public static ActivityInvocation BuildInvocation(InstanceExecution instance, ElementInstance element, FlowNode node, int retries) =>
        new(instance.Key, instance.Entity.BpmnProcessId, element.ElementId, element.Key, instance.Entity.BusinessKey,
            CollectVisible(instance, element.Key), node.Headers, retries);
}
