using System.Collections.Concurrent;
using System.Text;
using Bpm.Engine.Decisions.Parsing;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Decisions.Storage;

/// <summary>Parsed decision versions by key (for good: a version never changes) and the latest version per decision id
/// (briefly, like <see cref="Deployment.ProcessModelCache"/>: a deployment on this node updates it at once, one on another
/// node is seen within <see cref="Deployment.ProcessModelCache.LatestVersionLifetime"/>).</summary>
internal sealed class DecisionCache(DecisionStore store, DmnParser parser, TimeProvider clock)
{
    private readonly ConcurrentDictionary<long, StoredDecision> _byKey = new();
    private readonly Deployment.LatestVersions<StoredDecision> _latest = new(clock, d => d.DecisionId, d => d.Version);

    /// <summary>The latest version, or a given one; null when there is none.</summary>
    public async Task<StoredDecision?> FindAsync(string decisionId, int? version, CancellationToken ct)
    {
        if (version is null && _latest.TryGetFresh(decisionId, out var latest)) return latest;
        var fetchedAt = _latest.Now();
        var entity = await store.FindAsync(decisionId, version, ct);
        if (entity is null) return null;
        var decision = Add(entity);
        if (version is null) _latest.Remember(decision, fetchedAt);
        return decision;
    }

    public StoredDecision Add(DecisionDefinitionEntity entity)
    {
        if (_byKey.TryGetValue(entity.Key, out var cached)) return cached;
        var parsed = parser.Parse(entity.ResourceName, Encoding.UTF8.GetBytes(entity.Xml));
        var graph = parsed.Graph ?? throw new InvalidOperationException(
            $"stored decision {entity.Key} ('{entity.DecisionId}' version {entity.Version}) no longer parses: {parsed.Errors.FirstOrDefault()?.Message}");
        return _byKey.GetOrAdd(entity.Key, new StoredDecision(entity.Key, entity.DecisionId, entity.Name, entity.Version,
            entity.DecisionRequirementsId, entity.ResourceName, entity.DeployedAt, graph));
    }

    /// <summary>A version just deployed on this node is the latest at once.</summary>
    public void Deployed(DecisionDefinitionEntity entity) => _latest.Deployed(Add(entity));
}
