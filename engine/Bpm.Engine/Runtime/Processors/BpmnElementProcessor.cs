using System.Text.Json.Nodes;
using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>The defaults most element types share: conditional outgoing flows with a default flow, nothing to clean up on
/// termination, and a fired bookmark completes the element with the event's variables.</summary>
internal abstract class BpmnElementProcessor<TNode> : IBpmnElementProcessor where TNode : FlowNode
{
    public Task ActivateAsync(BpmnElementContext context) => ActivateAsync(context, (TNode)context.Node);

    protected abstract Task ActivateAsync(BpmnElementContext context, TNode node);

    public virtual IReadOnlyList<SequenceFlow> SelectOutgoingFlows(BpmnElementContext context)
    {
        var node = context.Node;
        if (node.Outgoing.Count == 0) return [];
        return context.Behaviors.Flow.ConditionalFlows(context.Instance, context.Element, node, (node as Activity)?.DefaultFlow,
            exclusive: false, requireOne: false);
    }

    public virtual bool TakesArrivingToken(BpmnTokenContext context, SequenceFlow via) => false;

    public virtual void OnScopeSettled(BpmnTokenContext context)
    {
    }

    public virtual bool MayComplete(BpmnElementContext context) => true;

    public virtual bool CompletesOnInnerCompletion(BpmnElementContext container) => false;

    public virtual bool PassesEscalationOn(BpmnElementContext context) => true;

    public virtual bool SendsMessages(FlowNode node) => false;

    /// <summary>An activity owns its timer boundary events; other elements own none unless their processor says so.</summary>
    public virtual IEnumerable<WaitingTimer> TimersWhileWaiting(FlowNode node) =>
        node is Activity activity
            ? activity.BoundaryEvents.Where(b => b.Event.Kind == EventKind.Timer).Select(b => new WaitingTimer(b, b.Event, b.CancelActivity))
            : [];

    public virtual Task TerminateAsync(BpmnElementContext context) => Task.CompletedTask;

    public virtual Task OnEventOccurredAsync(BpmnElementContext context, FlowNode eventNode, JsonObject variables)
    {
        context.Element.TriggerVariables = variables;
        context.Behaviors.Flow.Complete(context.Instance, context.Element);
        return Task.CompletedTask;
    }
}
