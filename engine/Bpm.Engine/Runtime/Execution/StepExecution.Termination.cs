using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.Processors;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Terminates an element instance and everything inside it (children, a called process, its job, task, subscriptions).</summary>
    public async Task TerminateAsync(InstanceExecution instance, ElementInstance element)
    {
        foreach (var child in instance.ChildrenOf(element.Key)) await TerminateAsync(instance, child);
        instance.State.Joins?.Remove(element.Key);
        await BpmnElementProcessors.For(instance.NodeOf(element)).TerminateAsync(new(Behaviors, instance, element));
        await LeaveAsync(instance, element, HistoryEvents.Terminated);
    }

    /// <summary>The interrupting boundary event terminating its activity in this step, if any, and when it happened (a
    /// timer's due time, not when the sweep ran): the user tasks it cancels remember both (<see cref="UserTasks.UserTaskEvents.Canceled"/>
    /// details <c>closedBy</c>, <c>closedAt</c>), so a late completion can be answered with why and when the task closed.</summary>
    private (BoundaryEvent Event, DateTimeOffset At)? closingBoundary;

    private async Task TerminateClosedByAsync(InstanceExecution instance, ElementInstance element, BoundaryEvent boundary, DateTimeOffset at)
    {
        closingBoundary = (boundary, at);
        try
        {
            await TerminateAsync(instance, element);
        }
        finally
        {
            closingBoundary = null;
        }
    }

    public async Task TerminateChildrenAsync(InstanceExecution instance, long scopeKey, ElementInstance? except = null)
    {
        foreach (var child in instance.ChildrenOf(scopeKey))
            if (child != except) await TerminateAsync(instance, child);
        instance.State.Joins?.Remove(scopeKey);
    }

    public async Task TerminateInstanceAsync(InstanceExecution instance, string? by = null, string? reason = null)
    {
        await TerminateChildrenAsync(instance, instance.Key);
        instance.State.Joins = null;
        CloseScopeSubscriptions(instance, instance.Key);
        await PublishAsync(new Events.InstanceEnded(instance, terminated: true));
        instance.Entity.State = ProcessInstanceState.Terminated;
        instance.Entity.EndedAt = Now;
        Record(instance, HistoryEvents.Terminated, instance.Entity.BpmnProcessId, "process", instance.Key, by: by, reason: reason);
    }

    public void DeleteJob(long jobKey)
    {
        if (Changes.InsertedJobs.RemoveAll(j => j.Key == jobKey) == 0) Changes.DeletedJobKeys.Add(jobKey);
        Changes.UpdatedJobs.RemoveAll(j => j.Key == jobKey);
    }

    public void DeleteSubscription(long subscriptionKey)
    {
        if (Changes.InsertedSubscriptions.RemoveAll(s => s.Key == subscriptionKey) == 0) Changes.DeletedSubscriptionKeys.Add(subscriptionKey);
    }

    public async Task CancelUserTaskAsync(long taskKey)
    {
        var task = Changes.InsertedUserTasks.Find(t => t.Key == taskKey)
            ?? Changes.UpdatedUserTasks.Find(t => t.Key == taskKey);
        if (task is null)
        {
            task = await Context.Store.FindUserTaskAsync(taskKey, Cancellation);
            if (task is null) return;
            Changes.Track(task);
        }
        if (task.State != UserTaskState.Created) return;
        task.State = UserTaskState.Canceled;
        task.CompletedAt = Now;
        RecordTaskHistory(task, UserTasks.UserTaskEvents.Canceled, actor: null,
            closingBoundary is var (boundary, at)
                ? new System.Text.Json.Nodes.JsonObject { [UserTasks.UserTaskEvents.ClosedByDetail] = boundary.Id, [UserTasks.UserTaskEvents.ClosedAtDetail] = at }
                : null);
        await PublishAsync(new UserTaskEnded(task, actor: null, variables: null));
    }

    /// <summary>An incident whose element goes away (terminated, or resolved and re-run) is resolved.</summary>
    private async Task ResolveIncidentRecordAsync(InstanceExecution instance, long incidentKey)
    {
        var incident = Changes.InsertedIncidents.Find(i => i.Key == incidentKey)
            ?? Changes.UpdatedIncidents.Find(i => i.Key == incidentKey);
        if (incident is null)
        {
            incident = await Context.Store.FindIncidentAsync(incidentKey, Cancellation);
            if (incident is null) return;
            Changes.Track(incident);
        }
        if (incident.State == IncidentState.Resolved) return;
        MarkResolved(instance, incident);
    }

    public void MarkResolved(InstanceExecution instance, IncidentEntity incident, string? by = null, string? note = null)
    {
        incident.State = IncidentState.Resolved;
        incident.ResolvedAt = Now;
        Record(instance, HistoryEvents.IncidentResolved, incident.ElementId, null, incident.ElementInstanceKey, name: incident.ErrorType,
            by: by, reason: note);
        var element = instance.Find(incident.ElementInstanceKey);
        if (element is not null && element.IncidentKey == incident.Key) element.IncidentKey = null;
    }
}
