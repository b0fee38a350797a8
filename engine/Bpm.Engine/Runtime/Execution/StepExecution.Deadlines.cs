using System.Text.Json.Nodes;
using Bpm.Engine.Deadlines;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Runtime.State;
using static Bpm.Engine.Runtime.Execution.FeelConversions;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>Named deadlines (the process variable <c>deadlines</c>): timers and task due dates that depend on one follow it
/// when it is paused, resumed or extended. "Depends on" is textual, see <see cref="DeadlineReferences"/>.</summary>
internal sealed partial class StepExecution
{
    /// <summary>A detached copy of the process variable <c>deadlines</c> and the member <paramref name="name"/> inside it.</summary>
    public static (JsonObject All, JsonObject Deadline) FindDeadline(InstanceExecution instance, string name)
    {
        if (instance.State.Variables?[DeadlineDocument.VariableName] is JsonObject all && all[name] is JsonObject)
        {
            var copy = all.DeepClone().AsObject();
            return (copy, copy[name]!.AsObject());
        }
        throw new EngineNotFoundException($"流程实例 {instance.Key} 没有期限「{name}」");
    }

    /// <summary>Writes the changed deadlines (journalled as VARIABLE_SET) and recomputes everything that depends on
    /// <paramref name="name"/>: while it is paused its timers are closed; when it runs they are (re)opened at the new due date,
    /// and open user tasks whose dueDate uses it get the new due date.</summary>
    public async Task ApplyDeadlineAsync(InstanceExecution instance, JsonObject all, string name)
    {
        SetLocal(instance, instance.Key, DeadlineDocument.VariableName, all);
        var paused = DeadlineDocument.Text(all[name]!.AsObject(), "state") == DeadlineStates.Paused;
        foreach (var element in instance.State.Elements.ToList())
        {
            try
            {
                await RecomputeTimersAsync(instance, element, name, paused);
                await RecomputeTaskDueDateAsync(instance, element, name);
            }
            catch (IncidentException ex)
            {
                throw new EngineConflictException($"元素「{element.ElementId}」不能跟随期限「{name}」：{ex.Message}");
            }
        }
    }

    /// <summary>An activity changed deadline <paramref name="name"/> in the <c>deadlines</c> variable it set: that value (as
    /// the element sees it, local when the element has output mappings) becomes the instance's, and its dependents follow.</summary>
    public async Task FollowDeadlineAsync(InstanceExecution instance, ElementInstance element, string name)
    {
        if (!TryLookup(instance, element.Key, DeadlineDocument.VariableName, out var value) || value is not JsonObject all || all[name] is not JsonObject)
            throw new IncidentException(IncidentTypes.ExtractValue, $"元素「{element.ElementId}」修改了期限「{name}」，但变量 deadlines 中没有该期限");
        await ApplyDeadlineAsync(instance, all.DeepClone().AsObject(), name);
    }

    private async Task RecomputeTimersAsync(InstanceExecution instance, ElementInstance element, string name, bool paused)
    {
        var dependents = TimerEvents(instance.NodeOf(element))
            .Where(t => DeadlineReferences.DependsOn(t.Definition.Timer!.Expression.Source, name)).ToList();
        if (dependents.Count == 0) return;
        var closed = new List<string>();
        if (element.SubscriptionKeys is { } keys)
            foreach (var key in keys.ToList())
            {
                var subscription = Changes.InsertedSubscriptions.Find(s => s.Key == key) ?? await Context.Store.FindSubscriptionAsync(key, Cancellation);
                if (subscription is not { Kind: "TIMER" } || !dependents.Exists(d => d.Node.Id == subscription.ElementId)) continue;
                DeleteSubscription(key);
                keys.Remove(key);
                closed.Add(subscription.ElementId);
            }
        if (paused)
        {
            foreach (var id in closed)
                if (!(element.PausedTimers ??= []).Contains(id)) element.PausedTimers.Add(id);
            return;
        }
        var reopen = closed.Union(element.PausedTimers?.Where(id => dependents.Exists(d => d.Node.Id == id)) ?? []).ToList();
        element.PausedTimers?.RemoveAll(reopen.Contains);
        if (element.PausedTimers is { Count: 0 }) element.PausedTimers = null;
        foreach (var (node, definition, interrupting) in dependents)
            if (reopen.Contains(node.Id)) OpenSubscription(instance, element, node, definition, interrupting);
    }

    private async Task RecomputeTaskDueDateAsync(InstanceExecution instance, ElementInstance element, string name)
    {
        if (element.UserTaskKey is not { } taskKey || instance.NodeOf(element) is not TaskNode { UserTask.DueDate: { } due }
            || !DeadlineReferences.DependsOn(due.Source, name)) return;
        if (await FindTaskForChangeAsync(taskKey) is not { State: UserTaskState.Created } task) return;
        SetDueDate(task, ToDateTime(Evaluate(due, instance, element.Key, "dueDate"), "dueDate", Context.Clock.LocalTimeZone));
    }

    /// <summary>The timer events an element instance owns while it waits: its own (a timer catch event), its timer boundary
    /// events (an activity), or the timer catch events after it (an event-based gateway).</summary>
    private static IEnumerable<(FlowNode Node, EventDefinition Definition, bool Interrupting)> TimerEvents(FlowNode node)
    {
        switch (node)
        {
            case IntermediateCatchEvent { Event.Kind: EventKind.Timer } catchEvent:
                yield return (catchEvent, catchEvent.Event, true);
                break;
            case Gateway { Kind: GatewayKind.EventBased } gateway:
                foreach (var flow in gateway.Outgoing)
                    if (flow.Target is IntermediateCatchEvent { Event.Kind: EventKind.Timer } target) yield return (target, target.Event, true);
                break;
            case Activity activity:
                foreach (var boundary in activity.BoundaryEvents)
                    if (boundary.Event.Kind == EventKind.Timer) yield return (boundary, boundary.Event, boundary.CancelActivity);
                break;
        }
    }

    /// <summary>Whether a timer reads a named deadline (visible from the element) that is paused right now.</summary>
    private static bool DependsOnPausedDeadline(InstanceExecution instance, ElementInstance element, TimerDefinition timer)
    {
        if (!TryLookup(instance, element.Key, DeadlineDocument.VariableName, out var value) || value is not JsonObject all) return false;
        foreach (var name in DeadlineReferences.Names(timer.Expression.Source))
            if (all[name] is JsonObject deadline && DeadlineDocument.Text(deadline, "state") == DeadlineStates.Paused) return true;
        return false;
    }
}
