using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Behaviors;
using Bpm.Engine.Runtime.Processors;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    public SubscriptionBehavior Subscriptions { get; }

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
            Subscriptions.DeleteSubscription(subscription.Key);
            var owner = SubscriptionBehavior.OwnerKeys(instance, waiting, subscription.Key);
            owner?.Remove(subscription.Key);
            // A non-interrupting timer cycle re-arms its next occurrence in the step that fires this one.
            if (owner is not null && subscription.Kind == "TIMER" && !subscription.Interrupting) Subscriptions.ReArmCycle(subscription, owner);
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
            Subscriptions.CloseScopeSubscriptions(instance, scopeKey);
        }
        Enqueue(new ActivateWork(instance, eventSubProcess, scopeKey, null, variables, EscalationKey: escalationKey));
    }
}
