using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Processors;
using Bpm.Engine.Runtime.State;
using static Bpm.Engine.Runtime.Execution.FeelConversions;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Opens the bookmark of a message or timer event for <paramref name="element"/> (the waiting element instance).
    /// A timer a module holds (<see cref="Events.ITimerHold"/>) is not opened but noted on the element; the module reopens it.</summary>
    public SubscriptionEntity? OpenSubscription(InstanceExecution instance, ElementInstance element, FlowNode eventNode, EventDefinition definition, bool interrupting)
    {
        var keys = element.SubscriptionKeys ??= [];
        if (definition.Timer is { } timer && HeldByModule(instance, element, timer))
        {
            (element.PausedTimers ??= []).Add(eventNode.Id);
            return null;
        }
        return OpenSubscription(instance, element.Key, keys, eventNode, definition, interrupting);
    }

    /// <summary>Opens a bookmark owned by <paramref name="ownerKey"/> (an element instance, or the instance key for the process scope).</summary>
    private SubscriptionEntity OpenSubscription(InstanceExecution instance, long ownerKey, List<long> ownerKeys, FlowNode eventNode, EventDefinition definition, bool interrupting)
    {
        var subscription = new SubscriptionEntity
        {
            Key = Context.Keys.Next(),
            ProcessInstanceKey = instance.Key,
            ElementInstanceKey = ownerKey,
            ElementId = eventNode.Id,
            Interrupting = interrupting,
            CreatedAt = Now,
        };
        if (definition.Kind == EventKind.Message)
        {
            subscription.Kind = "MESSAGE";
            subscription.Name = definition.MessageNameExpression is { } nameExpression
                ? AsText(Evaluate(nameExpression, instance, ownerKey, "消息名称"))
                : definition.Name;
            if (definition.CorrelationKey is { } correlation)
                subscription.CorrelationKey = AsText(Evaluate(correlation, instance, ownerKey, "关联键"));
        }
        else
        {
            subscription.Kind = "TIMER";
            var timer = definition.Timer!;
            subscription.TimerText = timer.Text;
            PlanTimer(subscription, timer, Evaluate(timer.Expression, instance, ownerKey, "定时器"));
        }
        Changes.InsertedSubscriptions.Add(subscription);
        ownerKeys.Add(subscription.Key);
        return subscription;
    }

    private void OpenBoundarySubscriptions(InstanceExecution instance, ElementInstance element, Activity activity)
    {
        if (element.SubscriptionKeys is not null) return;
        foreach (var boundary in activity.BoundaryEvents)
            if (boundary.Event.Kind is EventKind.Message or EventKind.Timer)
                OpenSubscription(instance, element, boundary, boundary.Event, boundary.CancelActivity);
    }

    /// <summary>Message and timer start events of event sub-processes wait while their scope is active.</summary>
    private void OpenEventSubProcessSubscriptions(InstanceExecution instance, IFlowScope scope, long scopeKey)
    {
        if (scope.EventSubProcesses.Count == 0) return;
        foreach (var eventSubProcess in scope.EventSubProcesses)
        {
            if (eventSubProcess.TriggerStart is not { Event: { Kind: EventKind.Message or EventKind.Timer } definition } start) continue;
            if (scopeKey == instance.Key)
                OpenSubscription(instance, instance.Key, instance.State.RootSubscriptionKeys ??= [], start, definition, start.IsInterrupting);
            else
                OpenSubscription(instance, scopeKey, instance.Get(scopeKey).EventSubProcessSubscriptionKeys ??= [], start, definition, start.IsInterrupting);
        }
    }

    /// <summary>A bookmark fires: a catch event or receive task completes, an event-based gateway takes the branch of the
    /// event, a boundary event interrupts (or not) its activity, or an event sub-process starts.</summary>
    public async Task TriggerAsync(InstanceExecution instance, SubscriptionEntity subscription, JsonObject variables)
    {
        var waiting = instance.Find(subscription.ElementInstanceKey);
        var eventNode = instance.Model.Node(subscription.ElementId);
        if (waiting is null && subscription.ElementInstanceKey != instance.Key)
            throw new EngineConflictException($"the element waiting for subscription {subscription.Key} is no longer active");
        if (waiting is not null) Focus(instance, waiting);
        // A non-interrupting message event may happen again while its scope lives; every other bookmark fires once.
        var keepOpen = !subscription.Interrupting && subscription.Kind == "MESSAGE";
        if (!keepOpen)
        {
            DeleteSubscription(subscription.Key);
            var owner = OwnerKeys(instance, waiting, subscription.Key);
            owner?.Remove(subscription.Key);
            // A non-interrupting timer cycle re-arms its next occurrence in the step that fires this one.
            if (owner is not null && subscription.Kind == "TIMER" && !subscription.Interrupting) ReArmCycle(subscription, owner);
        }
        switch (eventNode)
        {
            case BoundaryEvent boundary:
                var fired = new Events.BoundaryEventTriggered(instance, waiting!, boundary, code: null);
                await PublishAsync(fired);
                if (boundary.CancelActivity) await TerminateClosedByAsync(instance, waiting!, boundary, subscription.DueAt ?? Now);
                Enqueue(new ActivateWork(instance, boundary, waiting!.ScopeKey, null, variables, EscalationKey: fired.CarriedKey));
                break;
            case StartEvent start when start.Scope is SubProcessNode eventSubProcess:
                await StartEventSubProcessAsync(instance, subscription.ElementInstanceKey, eventSubProcess, start.IsInterrupting, variables);
                break;
            default:
                if (waiting is not null)
                    await BpmnElementProcessors.For(instance.NodeOf(waiting)).OnEventOccurredAsync(new(Behaviors, instance, waiting), eventNode, variables);
                break;
        }
    }

    /// <summary>Starts an event sub-process in its scope; an interrupting one first terminates everything else there.</summary>
    private async Task StartEventSubProcessAsync(InstanceExecution instance, long scopeKey, SubProcessNode eventSubProcess, bool interrupting, JsonObject variables,
        long? escalationKey = null)
    {
        if (interrupting)
        {
            await TerminateChildrenAsync(instance, scopeKey);
            CloseScopeSubscriptions(instance, scopeKey);
        }
        Enqueue(new ActivateWork(instance, eventSubProcess, scopeKey, null, variables, EscalationKey: escalationKey));
    }

    /// <summary>An interrupted scope stops waiting for its other event sub-process triggers.</summary>
    public void CloseScopeSubscriptions(InstanceExecution instance, long scopeKey)
    {
        var keys = scopeKey == instance.Key ? instance.State.RootSubscriptionKeys : instance.Find(scopeKey)?.EventSubProcessSubscriptionKeys;
        if (keys is null) return;
        foreach (var key in keys.ToList())
        {
            DeleteSubscription(key);
            keys.Remove(key);
        }
    }
}
