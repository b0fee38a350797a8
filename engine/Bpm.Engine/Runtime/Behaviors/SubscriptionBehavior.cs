using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;
using Bpm.Engine.Timers;
using static Bpm.Engine.Runtime.Execution.FeelConversions;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Bookmarks in the step: the message and timer subscriptions an element, an activity's boundary events or a
/// scope's event sub-processes wait on; planning timers and re-arming cycles; closing them.</summary>
internal sealed class SubscriptionBehavior(StepState step, IVariableBehavior variables) : ISubscriptionBehavior
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
        return Open(instance, element.Key, keys, eventNode, definition, interrupting);
    }

    /// <summary>Opens a bookmark owned by <paramref name="ownerKey"/> (an element instance, or the instance key for the process scope).</summary>
    private SubscriptionEntity Open(InstanceExecution instance, long ownerKey, List<long> ownerKeys, FlowNode eventNode, EventDefinition definition, bool interrupting)
    {
        var subscription = new SubscriptionEntity
        {
            Key = step.Context.Keys.Next(),
            ProcessInstanceKey = instance.Key,
            ElementInstanceKey = ownerKey,
            ElementId = eventNode.Id,
            Interrupting = interrupting,
            CreatedAt = step.Now,
        };
        if (definition.Kind == EventKind.Message)
        {
            subscription.Kind = "MESSAGE";
            subscription.Name = definition.MessageNameExpression is { } nameExpression
                ? AsText(variables.Evaluate(nameExpression, instance, ownerKey, "消息名称"))
                : definition.Name;
            if (definition.CorrelationKey is { } correlation)
                subscription.CorrelationKey = AsText(variables.Evaluate(correlation, instance, ownerKey, "关联键"));
        }
        else
        {
            subscription.Kind = "TIMER";
            var timer = definition.Timer!;
            subscription.TimerText = timer.Text;
            PlanTimer(subscription, timer, variables.Evaluate(timer.Expression, instance, ownerKey, "定时器"));
        }
        step.Changes.InsertedSubscriptions.Add(subscription);
        ownerKeys.Add(subscription.Key);
        return subscription;
    }

    /// <summary>The message and timer boundary events of an activity wait while it is active.</summary>
    public void OpenBoundarySubscriptions(InstanceExecution instance, ElementInstance element, Activity activity)
    {
        if (element.SubscriptionKeys is not null) return;
        foreach (var boundary in activity.BoundaryEvents)
            if (boundary.Event.Kind is EventKind.Message or EventKind.Timer)
                OpenSubscription(instance, element, boundary, boundary.Event, boundary.CancelActivity);
    }

    /// <summary>Message and timer start events of event sub-processes wait while their scope is active.</summary>
    public void OpenEventSubProcessSubscriptions(InstanceExecution instance, IFlowScope scope, long scopeKey)
    {
        if (scope.EventSubProcesses.Count == 0) return;
        foreach (var eventSubProcess in scope.EventSubProcesses)
        {
            if (eventSubProcess.TriggerStart is not { Event: { Kind: EventKind.Message or EventKind.Timer } definition } start) continue;
            if (scopeKey == instance.Key)
                Open(instance, instance.Key, instance.State.RootSubscriptionKeys ??= [], start, definition, start.IsInterrupting);
            else
                Open(instance, scopeKey, instance.Get(scopeKey).EventSubProcessSubscriptionKeys ??= [], start, definition, start.IsInterrupting);
        }
    }

    /// <summary>An interrupted or ended scope stops waiting for its event sub-process triggers.</summary>
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

    public void DeleteSubscription(long subscriptionKey)
    {
        if (step.Changes.InsertedSubscriptions.RemoveAll(s => s.Key == subscriptionKey) == 0) step.Changes.DeletedSubscriptionKeys.Add(subscriptionKey);
    }

    /// <summary>The key list of the element (or process scope) that holds a subscription; null when none holds it any more.</summary>
    public static List<long>? OwnerKeys(InstanceExecution instance, ElementInstance? waiting, long subscriptionKey)
    {
        if (waiting?.SubscriptionKeys is { } own && own.Contains(subscriptionKey)) return own;
        if (waiting?.EventSubProcessSubscriptionKeys is { } scope && scope.Contains(subscriptionKey)) return scope;
        if (instance.State.RootSubscriptionKeys is { } root && root.Contains(subscriptionKey)) return root;
        return null;
    }

    /// <summary>Opens the next occurrence of a fired cycle, if it has one, as a new bookmark of the same owner.</summary>
    public void ReArmCycle(SubscriptionEntity fired, List<long>? ownerKeys)
    {
        if (NextOccurrence(fired) is not { } next) return;
        step.Changes.InsertedSubscriptions.Add(next);
        ownerKeys?.Add(next.Key);
    }

    private bool HeldByModule(InstanceExecution instance, ElementInstance element, TimerDefinition timer)
    {
        foreach (var hold in step.Context.TimerHolds)
            if (hold.Holds(instance, element, timer)) return true;
        return false;
    }

    /// <summary>Sets a new timer subscription's due time (and for a cycle its evaluated text and repetitions).</summary>
    private void PlanTimer(SubscriptionEntity subscription, TimerDefinition timer, object? value)
    {
        TimerPlan plan;
        try
        {
            plan = TimerPlan.From(timer.Kind, value, step.Now, step.Context.BusinessClock.Zone);
        }
        catch (FormatException ex)
        {
            throw new IncidentException(IncidentTypes.ExtractValue, $"定时器「{timer.Text}」：{ex.Message}", ex);
        }
        subscription.DueAt = plan.DueAt;
        subscription.TimerCycle = plan.Cycle;
        subscription.RepetitionsLeft = plan.Repetitions;
    }

    private SubscriptionEntity? NextOccurrence(SubscriptionEntity fired)
    {
        if (fired.TimerCycle is not { } text || fired.DueAt is not { } previous) return null;
        if (fired.RepetitionsLeft is { } left && left <= 1) return null;
        DateTimeOffset? due;
        try
        {
            due = TimerCycle.Parse(text, step.Context.BusinessClock.Zone).Next(previous, step.Now);
        }
        catch (FormatException)
        {
            return null; // it parsed when it was armed; a changed cron dialect would stop the cycle rather than the engine
        }
        if (due is null) return null;
        return new SubscriptionEntity
        {
            Key = step.Context.Keys.Next(),
            ProcessInstanceKey = fired.ProcessInstanceKey,
            ElementInstanceKey = fired.ElementInstanceKey,
            ProcessDefinitionKey = fired.ProcessDefinitionKey,
            ElementId = fired.ElementId,
            Kind = fired.Kind,
            TimerText = fired.TimerText,
            TimerCycle = text,
            RepetitionsLeft = fired.RepetitionsLeft - 1,
            DueAt = due,
            Interrupting = fired.Interrupting,
            CreatedAt = step.Now,
        };
    }
}
