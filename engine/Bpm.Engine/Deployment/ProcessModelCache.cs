using System.Collections.Concurrent;
using System.Text;
using Bpm.Engine.Parsing;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Deployment;

/// <summary>Parsed executable graphs per definition version. The runtime never re-reads XML once a version is cached;
/// a version is immutable, so entries never go stale.</summary>
public sealed class ProcessModelCache(IEngineStore store, BpmnParser parser, TimeProvider clock)
{
    /// <summary>How long "the latest version of a process id" is trusted before asking the database again. A deployment
    /// on this node updates it at once; one on another node is seen within this time.</summary>
    public static readonly TimeSpan LatestVersionLifetime = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<long, CachedDefinition> _byKey = new();
    private readonly ConcurrentDictionary<string, (CachedDefinition Definition, long FetchedAt)> _latest = new();

    /// <summary>The latest version of a process id (cached briefly), or a given version (cached for good: versions never change).</summary>
    public async Task<CachedDefinition?> FindAsync(string bpmnProcessId, int? version, CancellationToken ct)
    {
        if (version is null && _latest.TryGetValue(bpmnProcessId, out var latest)
            && clock.GetElapsedTime(latest.FetchedAt) < LatestVersionLifetime)
            return latest.Definition;
        if (version is { } v && _byKey.Values.FirstOrDefault(d => d.BpmnProcessId == bpmnProcessId && d.Version == v) is { } known)
            return known;
        var fetchedAt = clock.GetTimestamp();
        var entity = await store.FindDefinitionAsync(bpmnProcessId, version, ct);
        if (entity is null) return null;
        var definition = Add(entity);
        if (version is null) RememberLatest(definition, fetchedAt);
        return definition;
    }

    private void RememberLatest(CachedDefinition definition, long fetchedAt) =>
        _latest.AddOrUpdate(definition.BpmnProcessId, (definition, fetchedAt),
            (_, current) => current.Definition.Version > definition.Version ? current : (definition, fetchedAt));

    public async Task<CachedDefinition> GetAsync(long definitionKey, CancellationToken ct)
    {
        if (_byKey.TryGetValue(definitionKey, out var cached)) return cached;
        var entity = await store.FindDefinitionAsync(definitionKey, ct)
            ?? throw new InvalidOperationException($"process definition {definitionKey} does not exist");
        return Add(entity);
    }

    public CachedDefinition Add(ProcessDefinitionEntity entity)
    {
        if (_byKey.TryGetValue(entity.Key, out var cached)) return cached;
        var result = parser.Parse(entity.ResourceName, Encoding.UTF8.GetBytes(entity.Xml));
        var model = result.Processes.FirstOrDefault(p => p.Id == entity.BpmnProcessId)
            ?? throw new InvalidOperationException($"stored definition {entity.Key} no longer contains process '{entity.BpmnProcessId}'");
        var definition = new CachedDefinition(entity.Key, entity.BpmnProcessId, entity.Version, entity.Name, model);
        return _byKey.GetOrAdd(entity.Key, definition);
    }

    /// <summary>Caches a model that was just parsed for deployment, so the first instance does not parse it again.</summary>
    public void Add(CachedDefinition definition)
    {
        _byKey.TryAdd(definition.Key, definition);
        RememberLatest(definition, clock.GetTimestamp());
    }
}
