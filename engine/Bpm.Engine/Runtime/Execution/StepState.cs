using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Persistence;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime.Events;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>What the step's behaviours share without seeing the step itself: the engine's services, the step's instant and
/// actor, its change set, its agenda, and the kernel event pipeline.</summary>
internal sealed class StepState(EngineContext context, CancellationToken cancellation, Func<KernelEvent, Task> publish)
{
    public EngineContext Context { get; } = context;
    public CancellationToken Cancellation { get; } = cancellation;
    public StepChangeSet Changes { get; } = new();
    public DateTimeOffset Now { get; } = context.Clock.GetUtcNow();
    /// <summary>The person whose command this step runs (null for the engine's own work): variable changes record them.</summary>
    public string? Actor { get; set; }
    /// <summary>The agenda: work runs breadth first so long chains never deepen the stack.</summary>
    public Queue<WorkItem> Agenda { get; } = new();
    /// <summary>Scopes where a token ended or left: checked for joins and completion once no work is in flight.</summary>
    public List<(InstanceExecution Instance, long ScopeKey)> ScopesToCheck { get; } = [];

    /// <summary>The interrupting boundary event terminating its activity in this step, if any, and when it happened (a
    /// timer's due time, not when the sweep ran): the user tasks it cancels remember both (<see cref="UserTasks.UserTaskEvents.Canceled"/>
    /// details <c>closedBy</c>, <c>closedAt</c>), so a late completion can be answered with why and when the task closed.</summary>
    public (BoundaryEvent Event, DateTimeOffset At)? ClosingBoundary { get; set; }

    public void Enqueue(WorkItem work) => Agenda.Enqueue(work);

    /// <summary>Tokens leave along the flows into the scope; none left means the scope may have settled.</summary>
    public void TakeFlows(InstanceExecution instance, long scopeKey, IReadOnlyList<SequenceFlow> flows, long? escalationKey = null)
    {
        foreach (var flow in flows) Enqueue(new ActivateWork(instance, flow.Target, scopeKey, flow, EscalationKey: escalationKey));
        if (flows.Count == 0) ScopesToCheck.Add((instance, scopeKey));
    }

    /// <summary>Passes a kernel event through the modules' pipeline inside the step.</summary>
    public Task PublishAsync(KernelEvent @event) => publish(@event);

    public void Record(InstanceExecution instance, string @event, string? elementId, string? elementType, long? elementInstanceKey,
        string? name = null, JsonNode? value = null, long? scopeKey = null, string? by = null, string? reason = null)
    {
        instance.History.Add(new HistoryEntry(@event, elementId, elementType, elementInstanceKey?.ToString(), Now, name, value, scopeKey?.ToString(),
            by, reason));
    }

    /// <summary>A new element instance of the node in the scope, activating.</summary>
    public ElementInstance NewElement(InstanceExecution instance, FlowNode node, long scopeKey)
    {
        var element = new ElementInstance { Key = Context.Keys.Next(), ElementId = node.Id, ScopeKey = scopeKey, State = ElementState.Activating };
        instance.State.Elements.Add(element);
        Record(instance, HistoryEvents.Activated, node.Id, node.ElementType, element.Key);
        return element;
    }
}
