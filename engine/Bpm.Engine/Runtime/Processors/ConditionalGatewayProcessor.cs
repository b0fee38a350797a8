using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Exclusive and inclusive gateways pass at once; on completion an exclusive gateway takes the first flow whose
/// condition holds, an inclusive one every such flow; else the default flow, else an incident.</summary>
internal abstract class ConditionalGatewayProcessor(bool exclusive) : PassThroughProcessor
{
    public override IReadOnlyList<SequenceFlow> SelectOutgoingFlows(BpmnElementContext context)
    {
        var gateway = (Gateway)context.Node;
        if (gateway.Outgoing.Count == 0) return [];
        return context.Behaviors.Flow.ConditionalFlows(context.Instance, context.Element, gateway, gateway.DefaultFlow, exclusive, requireOne: true);
    }
}
