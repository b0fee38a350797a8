using System.Text.Json.Nodes;
using Bpm.Engine.Deployment;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>Whether the instance still waits for this subscription (its state and the subscriptions table are committed
    /// together, so a bookmark the state no longer holds has been closed by a step after the row was read).</summary>
    public static bool Holds(InstanceExecution instance, SubscriptionEntity subscription) =>
        instance.IsActive && Runtime.Behaviors.SubscriptionBehavior.OwnerKeys(instance, instance.Find(subscription.ElementInstanceKey), subscription.Key) is not null;

    /// <summary>A timer start event of a definition fires: a new instance starts at that event, and a cycle re-arms its
    /// next occurrence in the same step. The fired row must still exist when the step commits (checked delete), so two
    /// nodes never both start an instance for one occurrence.</summary>
    public void FireTimerStart(CachedDefinition definition, SubscriptionEntity subscription, JsonObject? variables)
    {
        Changes.FiredSubscriptionKeys.Add(subscription.Key);
        Subscriptions.ReArmCycle(subscription, null);
        var instance = CreateInstance(definition, null, variables);
        var start = (StartEvent)instance.Model.Node(subscription.ElementId);
        Subscriptions.OpenEventSubProcessSubscriptions(instance, instance.Model, instance.Key);
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
