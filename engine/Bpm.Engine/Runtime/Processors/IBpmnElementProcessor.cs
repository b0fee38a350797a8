using System.Text.Json.Nodes;
using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Everything one BPMN element type does over its life. The step calls these at fixed points: after input mappings
/// and boundary subscriptions (<see cref="ActivateAsync"/>), on completion to choose flows (<see cref="SelectOutgoingFlows"/>),
/// when the element is terminated (<see cref="TerminateAsync"/>) and when a bookmark it waits on fires
/// (<see cref="OnEventOccurredAsync"/>). Each method validates (evaluates, checks) before it changes anything, so a failure
/// leaves only an incident.</summary>
internal interface IBpmnElementProcessor
{
    /// <summary>The element is active: complete at once, wait (a bookmark, a job, a task), or start inner work.</summary>
    Task ActivateAsync(BpmnElementContext context);

    /// <summary>Which outgoing flows the completing element takes; evaluated before the element leaves.</summary>
    IReadOnlyList<SequenceFlow> SelectOutgoingFlows(BpmnElementContext context);

    /// <summary>A token arrives on <paramref name="via"/>, before an element instance exists. False: the element activates
    /// as usual. True: the element (a join) keeps the token and activates itself when it fires.</summary>
    bool TakesArrivingToken(BpmnTokenContext context, SequenceFlow via);

    /// <summary>Nothing is in flight in the scope any more and tokens wait at this element: a join that can receive no
    /// further token fires now.</summary>
    void OnScopeSettled(BpmnTokenContext context);

    /// <summary>The element is about to complete (a container: nothing is left inside it, or it decided to complete):
    /// whether it may. False leaves it active, waiting for something inside to end again.</summary>
    bool MayComplete(BpmnElementContext context);

    /// <summary>An element directly inside this container completes (before it leaves): whether the container completes
    /// now, terminating what is left inside it. A container otherwise completes once nothing is left inside.</summary>
    bool CompletesOnInnerCompletion(BpmnElementContext container);

    /// <summary>Whether the escalation a token carries travels on past this element (it stops at the task that decides it).</summary>
    bool PassesEscalationOn(BpmnElementContext context);

    /// <summary>What the element type cleans up when it is terminated, before the element instance is removed.</summary>
    Task TerminateAsync(BpmnElementContext context);

    /// <summary>Whether the node may name a message contract in its task definition instead of an activity (send tasks,
    /// message throw and end events): the step then puts the message in the outbox, and deployment checks the contract's
    /// direction.</summary>
    bool SendsMessages(FlowNode node);

    /// <summary>The timer events an element instance of this node owns while it waits (its own, its boundary events', the
    /// ones after it), which a module may hold closed and the step re-plans.</summary>
    IEnumerable<WaitingTimer> TimersWhileWaiting(FlowNode node);

    /// <summary>A message or timer this element waits on happened (not a boundary event: those belong to the attached activity's scope).</summary>
    Task OnEventOccurredAsync(BpmnElementContext context, FlowNode eventNode, JsonObject variables);
}
