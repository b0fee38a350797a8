using System.Text.Json.Nodes;
using Bpm.Engine.Deployment;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.State;
using Bpm.Engine.Timers;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Sets a new timer subscription's due time (and for a cycle its evaluated text and repetitions).</summary>
    private void PlanTimer(SubscriptionEntity subscription, TimerDefinition timer, object? value)
    {
        TimerPlan plan;
        try
        {
            plan = TimerPlan.From(timer.Kind, value, Now, Context.BusinessClock.Zone);
        }
        catch (FormatException ex)
        {
            throw new IncidentException(IncidentTypes.ExtractValue, $"定时器「{timer.Text}」：{ex.Message}", ex);
        }
        subscription.DueAt = plan.DueAt;
        subscription.TimerCycle = plan.Cycle;
        subscription.RepetitionsLeft = plan.Repetitions;
    }

    /// <summary>The key list of the element (or process scope) that holds a subscription; null when none holds it any more.</summary>
    private static List<long>? OwnerKeys(InstanceExecution instance, ElementInstance? waiting, long subscriptionKey)
    {
        if (waiting?.SubscriptionKeys is { } own && own.Contains(subscriptionKey)) return own;
        if (waiting?.EventSubProcessSubscriptionKeys is { } scope && scope.Contains(subscriptionKey)) return scope;
        if (instance.State.RootSubscriptionKeys is { } root && root.Contains(subscriptionKey)) return root;
        return null;
    }

    /// <summary>Whether the instance still waits for this subscription (its state and the subscriptions table are committed
    /// together, so a bookmark the state no longer holds has been closed by a step after the row was read).</summary>
    public static bool Holds(InstanceExecution instance, SubscriptionEntity subscription) =>
        instance.IsActive && OwnerKeys(instance, instance.Find(subscription.ElementInstanceKey), subscription.Key) is not null;

    /// <summary>Opens the next occurrence of a fired cycle, if it has one, as a new bookmark of the same owner.</summary>
    private void ReArmCycle(SubscriptionEntity fired, List<long>? ownerKeys)
    {
        if (NextOccurrence(fired) is not { } next) return;
        Changes.InsertedSubscriptions.Add(next);
        ownerKeys?.Add(next.Key);
    }

    private SubscriptionEntity? NextOccurrence(SubscriptionEntity fired)
    {
        if (fired.TimerCycle is not { } text || fired.DueAt is not { } previous) return null;
        if (fired.RepetitionsLeft is { } left && left <= 1) return null;
        DateTimeOffset? due;
        try
        {
            due = TimerCycle.Parse(text, Context.BusinessClock.Zone).Next(previous, Now);
        }
        catch (FormatException)
        {
            return null; // it parsed when it was armed; a changed cron dialect would stop the cycle rather than the engine
        }
        if (due is null) return null;
        return new SubscriptionEntity
        {
            Key = Context.Keys.Next(),
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
            CreatedAt = Now,
        };
    }

    /// <summary>A timer start event of a definition fires: a new instance starts at that event, and a cycle re-arms its
    /// next occurrence in the same step. The fired row must still exist when the step commits (checked delete), so two
    /// nodes never both start an instance for one occurrence.</summary>
    public void FireTimerStart(CachedDefinition definition, SubscriptionEntity subscription, JsonObject? variables)
    {
        Changes.FiredSubscriptionKeys.Add(subscription.Key);
        ReArmCycle(subscription, null);
        var instance = CreateInstance(definition, null, variables);
        var start = (StartEvent)instance.Model.Node(subscription.ElementId);
        OpenEventSubProcessSubscriptions(instance, instance.Model, instance.Key);
        Enqueue(new ActivateWork(instance, start, instance.Key, null));
    }

    /// <summary>Marks a fired instance timer so its delete must find the row (a second firing of the same row fails).</summary>
    public void MarkFired(SubscriptionEntity subscription)
    {
        Changes.DeletedSubscriptionKeys.Remove(subscription.Key);
        Changes.FiredSubscriptionKeys.Add(subscription.Key);
    }

    /// <summary>The earliest due time among the timers this step opened, or null.</summary>
    internal DateTimeOffset? EarliestNewTimer()
    {
        DateTimeOffset? earliest = null;
        foreach (var subscription in Changes.InsertedSubscriptions)
            if (subscription.Kind == "TIMER" && subscription.DueAt is { } due && (earliest is null || due < earliest)) earliest = due;
        return earliest;
    }
}
