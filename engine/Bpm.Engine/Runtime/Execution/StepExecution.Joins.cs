using Bpm.Engine.Model;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    private static void AddJoinToken(InstanceExecution instance, long scopeKey, Gateway gateway, SequenceFlow via)
    {
        var joins = instance.State.Joins ??= [];
        if (!joins.TryGetValue(scopeKey, out var gateways)) joins[scopeKey] = gateways = [];
        if (!gateways.TryGetValue(gateway.Id, out var tokens)) gateways[gateway.Id] = tokens = [];
        tokens[via.Id] = tokens.GetValueOrDefault(via.Id) + 1;
    }

    private static bool HasJoinTokens(InstanceExecution instance, long scopeKey) =>
        instance.State.Joins is { } joins && joins.TryGetValue(scopeKey, out var gateways) && gateways.Count > 0;

    /// <summary>A parallel join fires when every incoming flow holds a token; it consumes one from each.</summary>
    private void TryFireParallelJoin(InstanceExecution instance, long scopeKey, Gateway gateway)
    {
        var tokens = instance.State.Joins![scopeKey][gateway.Id];
        foreach (var incoming in gateway.Incoming)
            if (tokens.GetValueOrDefault(incoming.Id) == 0) return;
        ConsumeJoinTokens(instance, scopeKey, gateway, gateway.Incoming.Select(f => f.Id).ToList());
        FireJoin(instance, scopeKey, gateway);
    }

    /// <summary>An inclusive join fires when no token in its scope (an element instance or a token waiting at another
    /// join) can still reach it; it then consumes one token from each incoming flow that has one.</summary>
    private void FireReadyInclusiveJoins(InstanceExecution instance, long scopeKey)
    {
        if (instance.State.Joins is null || !instance.State.Joins.TryGetValue(scopeKey, out var gateways)) return;
        var reachability = Reachability.Of(instance.Model);
        foreach (var gatewayId in gateways.Keys.ToList())
        {
            if (instance.Model.Node(gatewayId) is not Gateway { Kind: GatewayKind.Inclusive } gateway) continue;
            if (!gateways.ContainsKey(gatewayId)) continue;
            var tokens = gateways[gatewayId];
            var everyIncomingHasToken = gateway.Incoming.All(f => tokens.GetValueOrDefault(f.Id) > 0);
            var blocked = !everyIncomingHasToken && (
                instance.ChildrenOf(scopeKey).Exists(e => reachability.CanReach(e.ElementId, gatewayId))
                || gateways.Keys.Any(other => other != gatewayId && reachability.CanReach(other, gatewayId)));
            if (blocked) continue;
            ConsumeJoinTokens(instance, scopeKey, gateway, gateways[gatewayId].Keys.ToList());
            FireJoin(instance, scopeKey, gateway);
        }
    }

    private static void ConsumeJoinTokens(InstanceExecution instance, long scopeKey, Gateway gateway, List<string> flowIds)
    {
        var joins = instance.State.Joins!;
        var gateways = joins[scopeKey];
        var tokens = gateways[gateway.Id];
        foreach (var flowId in flowIds)
        {
            var left = tokens.GetValueOrDefault(flowId) - 1;
            if (left > 0) tokens[flowId] = left;
            else tokens.Remove(flowId);
        }
        if (tokens.Count == 0) gateways.Remove(gateway.Id);
        if (gateways.Count == 0) joins.Remove(scopeKey);
        if (joins.Count == 0) instance.State.Joins = null;
    }

    private void FireJoin(InstanceExecution instance, long scopeKey, Gateway gateway)
    {
        var element = NewElement(instance, gateway, scopeKey);
        Enqueue(new ExecuteWork(instance, element));
    }
}
