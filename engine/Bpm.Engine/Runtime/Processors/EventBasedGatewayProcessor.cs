using System.Text.Json.Nodes;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Waits on every following event at once; the first that happens decides the branch: the gateway leaves and the
/// token goes on to that event, which completes at once.</summary>
internal sealed class EventBasedGatewayProcessor : BpmnElementProcessor<Gateway>
{
    protected override Task ActivateAsync(BpmnElementContext context, Gateway node)
    {
        var definitions = node.Outgoing.Select(flow => (flow.Target, Definition: flow.Target.EventGatewayTrigger
            ?? throw new IncidentException(IncidentTypes.ExtractValue, $"连向的{ElementLabel.Of(flow.Target)}不是捕获事件"))).ToList();
        foreach (var (target, definition) in definitions)
            context.Behaviors.Subscriptions.OpenSubscription(context.Instance, context.Element, target, definition, interrupting: true);
        return Task.CompletedTask;
    }

    /// <summary>The timer catch events (or other timer-triggered elements) the gateway leads to.</summary>
    public override IEnumerable<WaitingTimer> TimersWhileWaiting(FlowNode node) =>
        node.Outgoing.Where(flow => flow.Target.EventGatewayTrigger is { Kind: EventKind.Timer })
            .Select(flow => new WaitingTimer(flow.Target, flow.Target.EventGatewayTrigger!, Interrupting: true));

    public override async Task OnEventOccurredAsync(BpmnElementContext context, FlowNode eventNode, JsonObject variables)
    {
        var flow = context.Node.Outgoing.First(f => f.Target.Id == eventNode.Id);
        await context.Behaviors.Flow.LeaveAsync(context.Instance, context.Element, HistoryEvents.Completed);
        context.Behaviors.Flow.Enqueue(new ActivateWork(context.Instance, eventNode, context.Element.ScopeKey, flow, variables));
    }
}
