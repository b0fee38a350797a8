using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Processors;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>Timers a module holds closed (<see cref="Events.ITimerHold"/>) and re-plans: the kernel closes, notes and reopens
/// them; what a hold means is the module's.</summary>
internal sealed partial class StepExecution
{
    /// <summary>Re-plans the timer events of a waiting element that <paramref name="selects"/> picks: with
    /// <paramref name="hold"/> their open timers close and are noted as held; without, the closed and the held ones open
    /// again, their expressions evaluated now (so a moved due date moves them).</summary>
    public async Task ReplanTimersAsync(InstanceExecution instance, ElementInstance element, Func<TimerDefinition, bool> selects, bool hold)
    {
        var waiting = instance.NodeOf(element);
        var dependents = BpmnElementProcessors.For(waiting).TimersWhileWaiting(waiting).Where(t => selects(t.Definition.Timer!)).ToList();
        if (dependents.Count == 0) return;
        var closed = new List<string>();
        if (element.SubscriptionKeys is { } keys)
            foreach (var key in keys.ToList())
            {
                var subscription = Changes.InsertedSubscriptions.Find(s => s.Key == key) ?? await Context.Store.FindSubscriptionAsync(key, Cancellation);
                if (subscription is not { Kind: "TIMER" } || !dependents.Exists(d => d.Node.Id == subscription.ElementId)) continue;
                Subscriptions.DeleteSubscription(key);
                keys.Remove(key);
                closed.Add(subscription.ElementId);
            }
        if (hold)
        {
            foreach (var id in closed)
                if (!(element.PausedTimers ??= []).Contains(id)) element.PausedTimers.Add(id);
            return;
        }
        var reopen = closed.Union(element.PausedTimers?.Where(id => dependents.Exists(d => d.Node.Id == id)) ?? []).ToList();
        element.PausedTimers?.RemoveAll(reopen.Contains);
        if (element.PausedTimers is { Count: 0 }) element.PausedTimers = null;
        foreach (var (node, definition, interrupting) in dependents)
            if (reopen.Contains(node.Id)) Subscriptions.OpenSubscription(instance, element, node, definition, interrupting);
    }
}
