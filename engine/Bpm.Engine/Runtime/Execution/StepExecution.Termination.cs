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

    private async Task TerminateClosedByAsync(InstanceExecution instance, ElementInstance element, BoundaryEvent boundary, DateTimeOffset at)
    {
        State.ClosingBoundary = (boundary, at);
        try
        {
            await TerminateAsync(instance, element);
        }
        finally
        {
            State.ClosingBoundary = null;
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
        Subscriptions.CloseScopeSubscriptions(instance, instance.Key);
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
