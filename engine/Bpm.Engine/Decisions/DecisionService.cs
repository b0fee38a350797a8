using System.Text.Json.Nodes;
using Bpm.Engine.Decisions.Evaluation;
using Bpm.Engine.Decisions.Storage;
using Bpm.Engine.Expressions;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;

namespace Bpm.Engine.Decisions;

internal sealed class DecisionService(DecisionStore store, DecisionCache cache) : IDecisionService
{
    public async Task<IReadOnlyList<DecisionDefinitionInfo>> ListAsync(string? decisionId, bool allVersions, CancellationToken ct) =>
        (await store.ListAsync(decisionId is null ? null : [decisionId], allVersions, ct)).Select(Info).ToList();

    public async Task<DecisionDefinitionInfo?> GetAsync(long key, CancellationToken ct) =>
        await store.FindAsync(key, ct) is { } entity ? Info(entity) : null;

    public async Task<string?> GetXmlAsync(long key, CancellationToken ct) => (await store.FindAsync(key, ct))?.Xml;

    public async Task<DecisionEvaluationResult> EvaluateAsync(string decisionId, int? version, JsonObject? variables, CancellationToken ct)
    {
        var decision = await cache.FindAsync(decisionId, version, ct) ?? throw new EngineNotFoundException(version is { } v
            ? $"决策 '{decisionId}' 没有第 {v} 版"
            : $"决策 '{decisionId}' 未部署");
        var values = variables is null ? new OrderedDictionary<string, object?>() : (IReadOnlyDictionary<string, object?>)FeelValues.FromJson(variables)!;
        return new DecisionEvaluationResult(decision, DecisionEvaluator.Evaluate(decision.Graph, decisionId, new VariablesContext(values), ct));
    }

    private static DecisionDefinitionInfo Info(DecisionDefinitionEntity d) => new(d.Key.ToString(), d.DecisionId, d.Name, d.Version,
        d.DecisionRequirementsId, d.ResourceName, d.DeploymentKey.ToString(), d.DeployedAt, d.DeployedBy);

    private sealed class VariablesContext(IReadOnlyDictionary<string, object?> values) : IFeelContext
    {
        public bool TryGetVariable(string name, out object? value) => values.TryGetValue(name, out value);
    }
}
