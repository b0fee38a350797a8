using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Throws a BPMN error from an element instance. The nearest catcher wins, searching outwards: the element's own
    /// boundary events (when an activity throws, e.g. its job), then per enclosing scope its event sub-processes and the scope's
    /// boundary events, crossing into the calling process at a call activity. At each level an exact code beats a catch-all.
    /// Returns false when nobody catches it.</summary>
    public Task<bool> ThrowErrorAsync(InstanceExecution instance, ElementInstance thrower, string? code, JsonObject? variables) =>
        ThrowEventAsync(instance, thrower, EventKind.Error, code, variables ?? []);

    /// <summary>Throws an escalation the same way. Returns false when nobody catches it (which is not a failure).</summary>
    public Task<bool> ThrowEscalationAsync(InstanceExecution instance, ElementInstance thrower, string? code) =>
        ThrowEventAsync(instance, thrower, EventKind.Escalation, code, []);

    private async Task<bool> ThrowEventAsync(InstanceExecution instance, ElementInstance thrower, EventKind kind, string? code, JsonObject variables)
    {
        var current = thrower;
        var carried = kind == EventKind.Escalation ? thrower.EscalationKey : null;
        if (IsBoundaryHolder(instance, current) && FindBoundary(instance, current, kind, code) is { } own)
        {
            await CatchByBoundaryAsync(instance, current, own, variables, code, carried);
            return true;
        }
        var scopeKey = current.ScopeKey;
        // An event thrown inside an event sub-process is not caught by the event sub-processes of the scope that
        // started it (that would restart the handler forever); it goes on to the scope's boundary events and outwards.
        long? skipEventSubProcessesOf = null;
        while (true)
        {
            if (scopeKey == instance.Key)
            {
                if (skipEventSubProcessesOf != instance.Key && FindEventSubProcess(instance.Model, kind, code) is { } rootHandler)
                {
                    await StartEventSubProcessAsync(instance, instance.Key, rootHandler.SubProcess, rootHandler.Start.IsInterrupting, variables, carried);
                    return true;
                }
                if (instance.Entity.ParentInstanceKey is not { } parentKey || instance.Entity.ParentElementInstanceKey is not { } callKey)
                    return false;
                var parent = await LoadAsync(parentKey);
                var call = parent.Find(callKey);
                if (call is null) return false;
                instance = parent;
                current = call;
                if (FindBoundary(instance, current, kind, code) is { } callBoundary)
                {
                    await CatchByBoundaryAsync(instance, current, callBoundary, variables, code, carried);
                    return true;
                }
                scopeKey = current.ScopeKey;
                skipEventSubProcessesOf = null;
                continue;
            }
            var scope = instance.Get(scopeKey);
            if (!scope.IsMultiInstanceBody && scope.Key != skipEventSubProcessesOf && instance.NodeOf(scope) is SubProcessNode subProcess &&
                FindEventSubProcess(subProcess, kind, code) is { } handler)
            {
                await StartEventSubProcessAsync(instance, scope.Key, handler.SubProcess, handler.Start.IsInterrupting, variables, carried);
                return true;
            }
            if (IsBoundaryHolder(instance, scope) && FindBoundary(instance, scope, kind, code) is { } boundary)
            {
                await CatchByBoundaryAsync(instance, scope, boundary, variables, code, carried);
                return true;
            }
            skipEventSubProcessesOf = instance.NodeOf(scope) is SubProcessNode { TriggeredByEvent: true } ? scope.ScopeKey : null;
            scopeKey = scope.ScopeKey;
        }
    }

    /// <summary>Boundary events hang on the activity, or on the body when it is a multi-instance activity.</summary>
    private static bool IsBoundaryHolder(InstanceExecution instance, ElementInstance element) =>
        element.LoopCounter is null && element.Key != instance.Key && instance.NodeOf(element) is Activity;

    private static BoundaryEvent? FindBoundary(InstanceExecution instance, ElementInstance element, EventKind kind, string? code)
    {
        if (instance.NodeOf(element) is not Activity activity) return null;
        BoundaryEvent? catchAll = null;
        foreach (var boundary in activity.BoundaryEvents)
        {
            if (boundary.Event.Kind != kind) continue;
            if (boundary.Event.Code is null) catchAll ??= boundary;
            else if (boundary.Event.Code == code) return boundary;
        }
        return catchAll;
    }

    private static (SubProcessNode SubProcess, StartEvent Start)? FindEventSubProcess(IFlowScope scope, EventKind kind, string? code)
    {
        (SubProcessNode, StartEvent)? catchAll = null;
        foreach (var eventSubProcess in scope.EventSubProcesses)
        {
            if (eventSubProcess.TriggerStart is not { Event: { } definition } start || definition.Kind != kind) continue;
            if (definition.Code is null) catchAll ??= (eventSubProcess, start);
            else if (definition.Code == code) return (eventSubProcess, start);
        }
        return catchAll;
    }

    private async Task CatchByBoundaryAsync(InstanceExecution instance, ElementInstance activity, BoundaryEvent boundary, JsonObject variables,
        string? code, long? carried)
    {
        var caught = new Events.BoundaryEventTriggered(instance, activity, boundary, code) { CarriedKey = carried };
        await PublishAsync(caught);
        if (boundary.CancelActivity) await TerminateAsync(instance, activity);
        Enqueue(new ActivateWork(instance, boundary, activity.ScopeKey, null, variables, EscalationKey: caught.CarriedKey));
    }
}
