using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.Processors;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>The tokens waiting at joins, kept in the instance's state; when a join fires is its processor's decision
/// (<see cref="IBpmnElementProcessor.TakesArrivingToken"/>, <see cref="IBpmnElementProcessor.OnScopeSettled"/>).</summary>
internal sealed class JoinBehavior(StepState step) : IJoinBehavior
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
        ConsumeTokens(instance, scopeKey, join, flowIds);
        var element = step.NewElement(instance, join, scopeKey);
        step.Enqueue(new ExecuteWork(instance, element));
    }

    public void SettleLater(InstanceExecution instance, long scopeKey) => step.ScopesToCheck.Add((instance, scopeKey));

    public static bool HasTokens(InstanceExecution instance, long scopeKey) =>
        instance.State.Joins is { } joins && joins.TryGetValue(scopeKey, out var gateways) && gateways.Count > 0;

    /// <summary>Asks each join holding tokens in the scope whether it fires now that nothing is in flight there.</summary>
    public static void Settle(BpmnBehaviors behaviors, InstanceExecution instance, long scopeKey)
    {
        if (instance.State.Joins is null || !instance.State.Joins.TryGetValue(scopeKey, out var gateways)) return;
        foreach (var joinId in gateways.Keys.ToList())
        {
            if (!gateways.ContainsKey(joinId)) continue;
            var join = instance.Model.Node(joinId);
            BpmnElementProcessors.For(join).OnScopeSettled(new(behaviors, instance, join, scopeKey));
        }
    }

    private static void ConsumeTokens(InstanceExecution instance, long scopeKey, FlowNode join, IReadOnlyList<string> flowIds)
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
