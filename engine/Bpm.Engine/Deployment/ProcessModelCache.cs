using System.Collections.Concurrent;
using System.Text;
using Bpm.Engine.Parsing;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Deployment;

/// <summary>Parsed executable graphs per definition version. The runtime never re-reads XML once a version is cached;
/// a version is immutable, so entries never go stale.</summary>
public sealed class ProcessModelCache(IEngineStore store, BpmnParser parser)
{
    private readonly ConcurrentDictionary<long, CachedDefinition> _byKey = new();

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
    public void Add(CachedDefinition definition) => _byKey.TryAdd(definition.Key, definition);
}
