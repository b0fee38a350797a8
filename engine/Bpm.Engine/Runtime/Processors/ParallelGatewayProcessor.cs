using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Forks on every outgoing flow. With more than one incoming flow it joins: it fires when every incoming flow holds
/// a token, consuming one from each.</summary>
internal sealed class ParallelGatewayProcessor : PassThroughProcessor
{
    public override IReadOnlyList<SequenceFlow> SelectOutgoingFlows(BpmnElementContext context) => [.. context.Node.Outgoing];

    public override bool TakesArrivingToken(BpmnTokenContext context, SequenceFlow via)
    {
        var (behaviors, instance, node, scopeKey) = context;
        if (node.Incoming.Count < 2) return false;
        behaviors.Joins.AddToken(instance, scopeKey, node, via);
        var tokens = behaviors.Joins.TokensAt(instance, scopeKey, node);
        if (node.Incoming.All(flow => tokens.GetValueOrDefault(flow.Id) > 0))
            behaviors.Joins.Fire(instance, scopeKey, node, [.. node.Incoming.Select(flow => flow.Id)]);
        return true;
    }
}
