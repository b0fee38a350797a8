using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Forks on every flow whose condition holds. With more than one incoming flow it joins: tokens wait until nothing
/// in flight in the scope (an element instance, or a token waiting at another join) can still reach it, then it fires once,
/// consuming one token from each incoming flow that has one.</summary>
internal sealed class InclusiveGatewayProcessor() : ConditionalGatewayProcessor(exclusive: false)
{
    public override bool TakesArrivingToken(BpmnTokenContext context, SequenceFlow via)
    {
        var (behaviors, instance, node, scopeKey) = context;
        if (node.Incoming.Count < 2) return false;
        behaviors.Joins.AddToken(instance, scopeKey, node, via);
        behaviors.Joins.SettleLater(instance, scopeKey);
        return true;
    }

    public override void OnScopeSettled(BpmnTokenContext context)
    {
        var (behaviors, instance, node, scopeKey) = context;
        var tokens = behaviors.Joins.TokensAt(instance, scopeKey, node);
        var everyIncomingHasToken = node.Incoming.All(flow => tokens.GetValueOrDefault(flow.Id) > 0);
        if (!everyIncomingHasToken && behaviors.Joins.CanStillBeReached(instance, scopeKey, node)) return;
        behaviors.Joins.Fire(instance, scopeKey, node, [.. tokens.Keys]);
    }
}
