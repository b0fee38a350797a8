using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Message and timer catch events wait on a bookmark; one reached through an event-based gateway or a link has
/// already been triggered and completes at once.</summary>
internal sealed class IntermediateCatchEventProcessor : BpmnElementProcessor<IntermediateCatchEvent>
{
    protected override Task ActivateAsync(BpmnElementContext context, IntermediateCatchEvent node)
    {
        if (context.Element.TriggerVariables is not null || node.Event.Kind is not (EventKind.Message or EventKind.Timer))
            context.Behaviors.Flow.Complete(context.Instance, context.Element);
        else
            context.Behaviors.Subscriptions.OpenSubscription(context.Instance, context.Element, node, node.Event, interrupting: true);
        return Task.CompletedTask;
    }

    public override IEnumerable<WaitingTimer> TimersWhileWaiting(FlowNode node) =>
        node is IntermediateCatchEvent { Event.Kind: EventKind.Timer } catchEvent ? [new(catchEvent, catchEvent.Event, Interrupting: true)] : [];
}
