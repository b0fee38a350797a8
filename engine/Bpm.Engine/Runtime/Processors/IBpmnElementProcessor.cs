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

    /// <summary>Whether the escalation a token carries travels on past this element (it stops at the task that decides it).</summary>
    bool PassesEscalationOn(BpmnElementContext context);

    /// <summary>What the element type cleans up when it is terminated, before the element instance is removed.</summary>
    Task TerminateAsync(BpmnElementContext context);

    /// <summary>A message or timer this element waits on happened (not a boundary event: those belong to the attached activity's scope).</summary>
    Task OnEventOccurredAsync(BpmnElementContext context, FlowNode eventNode, JsonObject variables);
}
