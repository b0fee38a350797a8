using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Runs the custom activity of a service/send task or message throw event. Inline activities run in this step
    /// (a failure turns into a retried job); job-mode activities commit a job that a worker runs after this step.</summary>
    public async Task RunTaskDefinitionAsync(InstanceExecution instance, ElementInstance element, FlowNode node, TaskDefinition definition)
    {
        var type = AsText(Evaluate(definition.Type, instance, element.Key, "task type"))
            ?? throw new IncidentException(IncidentTypes.ExtractValue, $"the task type of '{node.Id}' evaluated to null");
        if (IsMessageSender(node) && Bpm.Contracts.V1.MessageCatalog.Find(type) is { Direction: Bpm.Contracts.V1.MessageDirection.BpmToAgency } contract)
        {
            SendContractMessage(instance, element, node, contract);
            return;
        }
        var retries = ToInt(Evaluate(definition.Retries, instance, element.Key, "retries"), 3);
        var descriptor = Context.Activities.Find(type)
            ?? throw new IncidentException(IncidentTypes.UnknownActivity, $"no activity is registered for task type '{type}'");
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

    /// <summary>Send tasks and message throw/end events may name a message contract instead of an activity.</summary>
    public static bool IsMessageSender(FlowNode node) =>
        node is TaskNode { Kind: TaskKind.Send } or IntermediateThrowEvent { Event.Kind: EventKind.Message } or EndEvent { Event.Kind: EventKind.Message };

    public async Task ApplyActivityResultAsync(InstanceExecution instance, ElementInstance element, ActivityResult result)
    {
        foreach (var log in result.Logs)
            Record(instance, HistoryEvents.Log, element.ElementId, instance.NodeOf(element).ElementType, element.Key, value: JsonValue.Create(log));
        foreach (var document in result.Documents)
            Changes.InsertedDocuments.Add(new CaseDocumentEntity
            {
                Key = document.Key,
                ProcessInstanceKey = instance.Key,
                BusinessKey = instance.Entity.BusinessKey,
                DocumentType = document.DocumentType,
                Name = document.Name,
                Sha256 = document.Sha256,
                Size = document.Size,
                CreatedAt = Now,
                CreatedBy = document.CreatedBy,
                ElementId = element.ElementId,
            });
        SetCompletionVariables(instance, element, result.Variables);
        foreach (var name in result.ChangedDeadlines) await FollowDeadlineAsync(instance, element, name);
        Complete(instance, element);
    }

    /// <summary>A BPMN error from an activity: caught by the nearest handler, else an incident on the element.</summary>
    public async Task ThrowErrorFromElementAsync(InstanceExecution instance, ElementInstance element, string code, string? message)
    {
        var variables = new JsonObject { ["errorCode"] = code, ["errorMessage"] = message };
        if (!await ThrowErrorAsync(instance, element, code, variables))
            throw new IncidentException(IncidentTypes.UnhandledError, $"error '{code}' ({message}) thrown by '{element.ElementId}' was not caught");
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
            State = "ACTIVATABLE",
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
            job.State = "FAILED";
            OpenIncident(instance, element, IncidentTypes.JobNoRetries, message, job.Key);
        }
        if (!Changes.InsertedJobs.Contains(job) && !Changes.UpdatedJobs.Contains(job)) Changes.UpdatedJobs.Add(job);
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
            CollectVisible(instance, element.Key), node is TaskNode task ? task.Headers : FlowNode.EmptyProperties, retries);

    public async Task CreateUserTaskAsync(InstanceExecution instance, ElementInstance element, TaskNode node)
    {
        var definition = node.UserTask;
        var task = new UserTaskEntity
        {
            Key = Context.Keys.Next(),
            ProcessInstanceKey = instance.Key,
            ElementInstanceKey = element.Key,
            ElementId = node.Id,
            Name = node.Name,
            BpmnProcessId = instance.Entity.BpmnProcessId,
            State = "CREATED",
            CreatedAt = Now,
        };
        if (definition is not null)
        {
            task.Assignee = definition.Assignee is { } assignee ? AsText(Evaluate(assignee, instance, element.Key, "assignee")) : null;
            task.CandidateGroups = StringList(definition.CandidateGroups, instance, element, "candidateGroups");
            task.CandidateUsers = StringList(definition.CandidateUsers, instance, element, "candidateUsers");
            SetDueDate(task, definition.DueDate is { } due ? ToDateTime(Evaluate(due, instance, element.Key, "dueDate"), "dueDate") : null);
            task.FollowUpDate = definition.FollowUpDate is { } followUp ? ToDateTime(Evaluate(followUp, instance, element.Key, "followUpDate"), "followUpDate") : null;
            task.Priority = definition.Priority is { } priority ? ToInt(Evaluate(priority, instance, element.Key, "priority"), 50) : 50;
            task.FormKey = definition.FormKey;
            task.FormId = definition.FormId;
        }
        Changes.InsertedUserTasks.Add(task);
        element.UserTaskKey = task.Key;
        await IndexUserTaskAsync(instance, element, node, task);
        await LinkDecisionTaskAsync(instance, element, node, task);
    }

    private string StringList(FeelExpression? expression, InstanceExecution instance, ElementInstance element, string what)
    {
        if (expression is null) return "[]";
        var value = Evaluate(expression, instance, element.Key, what);
        IEnumerable<string> items = value switch
        {
            null => [],
            string s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            IReadOnlyList<object?> list => list.Select(AsText).OfType<string>(),
            _ => throw new IncidentException(IncidentTypes.ExtractValue, $"{what} must be a list of strings or a comma-separated string"),
        };
        return new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()).ToJsonString();
    }

    private DateTimeOffset? ToDateTime(object? value, string what)
    {
        var zone = Context.Clock.LocalTimeZone;
        return value switch
        {
            null => null,
            DateTimeOffset at => at,
            DateTime local => new DateTimeOffset(local, zone.GetUtcOffset(local)),
            DateOnly date => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(date.ToDateTime(TimeOnly.MinValue))),
            string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var parsed) => parsed,
            _ => throw new IncidentException(IncidentTypes.ExtractValue, $"{what} must be a date-time, but was {Describe(value)}"),
        };
    }

    private static int ToInt(object? value, int fallback) => value switch
    {
        null => fallback,
        decimal d => (int)d,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new IncidentException(IncidentTypes.ExtractValue, $"expected a whole number, but was {Describe(value)}"),
    };
}
