using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Processors;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The tokens waiting at joins (<see cref="Behaviors.IJoinBehavior"/>); when a join fires is its processor's
/// decision (<see cref="IBpmnElementProcessor.TakesArrivingToken"/>, <see cref="IBpmnElementProcessor.OnScopeSettled"/>).</summary>
internal sealed partial class StepExecution
{
    private static readonly Dictionary<string, int> NoTokens = [];

    public void AddToken(InstanceExecution instance, long scopeKey, FlowNode join, SequenceFlow via)
    {
        var joins = instance.State.Joins ??= [];
        if (!joins.TryGetValue(scopeKey, out var gateways)) joins[scopeKey] = gateways = [];
        if (!gateways.TryGetValue(join.Id, out var tokens)) gateways[join.Id] = tokens = [];
        tokens[via.Id] = tokens.GetValueOrDefault(via.Id) + 1;
    }

    public IReadOnlyDictionary<string, int> TokensAt(InstanceExecution instance, long scopeKey, FlowNode join) =>
        instance.State.Joins is { } joins && joins.TryGetValue(scopeKey, out var gateways) && gateways.TryGetValue(join.Id, out var tokens)
            ? tokens
            : NoTokens;

    public bool CanStillBeReached(InstanceExecution instance, long scopeKey, FlowNode join)
    {
        var reachability = Reachability.Of(instance.Model);
        return instance.ChildrenOf(scopeKey).Exists(e => reachability.CanReach(e.ElementId, join.Id))
            || (instance.State.Joins is { } joins && joins.TryGetValue(scopeKey, out var gateways)
                && gateways.Keys.Any(other => other != join.Id && reachability.CanReach(other, join.Id)));
    }

    public void Fire(InstanceExecution instance, long scopeKey, FlowNode join, IReadOnlyList<string> flowIds)
    {
        ConsumeJoinTokens(instance, scopeKey, join, flowIds);
        var element = NewElement(instance, join, scopeKey);
        Enqueue(new ExecuteWork(instance, element));
    }

    public void SettleLater(InstanceExecution instance, long scopeKey) => _scopesToCheck.Add((instance, scopeKey));

    private static bool HasJoinTokens(InstanceExecution instance, long scopeKey) =>
        instance.State.Joins is { } joins && joins.TryGetValue(scopeKey, out var gateways) && gateways.Count > 0;

    /// <summary>Asks each join holding tokens in the scope whether it fires now that nothing is in flight there.</summary>
    private void SettleJoins(InstanceExecution instance, long scopeKey)
    {
        if (instance.State.Joins is null || !instance.State.Joins.TryGetValue(scopeKey, out var gateways)) return;
        foreach (var joinId in gateways.Keys.ToList())
        {
            if (!gateways.ContainsKey(joinId)) continue;
            var join = instance.Model.Node(joinId);
            BpmnElementProcessors.For(join).OnScopeSettled(new(Behaviors, instance, join, scopeKey));
        }
    }

    private static void ConsumeJoinTokens(InstanceExecution instance, long scopeKey, FlowNode join, IReadOnlyList<string> flowIds)
    {
        var joins = instance.State.Joins!;
        var gateways = joins[scopeKey];
        var tokens = gateways[join.Id];
        foreach (var flowId in flowIds)
        {
            var left = tokens.GetValueOrDefault(flowId) - 1;
            if (left > 0) tokens[flowId] = left;
            else tokens.Remove(flowId);
        }
        if (tokens.Count == 0) gateways.Remove(join.Id);
        if (gateways.Count == 0) joins.Remove(scopeKey);
        if (joins.Count == 0) instance.State.Joins = null;
    }
}
