using System.Collections.Concurrent;
using System.Text;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Forms;

/// <summary>Parsed form versions by key (for good: a version never changes) and the latest version per form id (briefly,
/// like <see cref="Deployment.ProcessModelCache"/>: a deployment on this node updates it at once, one on another node is
/// seen within <see cref="Deployment.ProcessModelCache.LatestVersionLifetime"/>).</summary>
internal sealed class FormCache(FormStore store, FormSchemaParser parser, TimeProvider clock)
{
    private readonly ConcurrentDictionary<long, StoredForm> _byKey = new();
    private readonly Deployment.LatestVersions<StoredForm> _latest = new(clock, f => f.FormId, f => f.Version);

    public async Task<StoredForm?> LatestAsync(string formId, CancellationToken ct)
    {
        if (_latest.TryGetFresh(formId, out var latest)) return latest;
        var fetchedAt = _latest.Now();
        var entity = await store.FindAsync(formId, null, ct);
        if (entity is null) return null;
        var form = Add(entity);
        _latest.Remember(form, fetchedAt);
        return form;
    }

    public async Task<StoredForm?> GetAsync(long key, CancellationToken ct)
    {
        if (_byKey.TryGetValue(key, out var cached)) return cached;
        var entity = await store.FindAsync(key, ct);
        return entity is null ? null : Add(entity);
    }

    public StoredForm Add(FormEntity entity)
    {
        if (_byKey.TryGetValue(entity.Key, out var cached)) return cached;
        var parsed = parser.Parse(entity.ResourceName, Encoding.UTF8.GetBytes(entity.Schema));
        var schema = parsed.Schema ?? throw new InvalidOperationException(
            $"stored form {entity.Key} ('{entity.FormId}' version {entity.Version}) no longer parses: {parsed.Errors.FirstOrDefault()?.Message}");
        return _byKey.GetOrAdd(entity.Key, new StoredForm(entity.Key, entity.FormId, entity.Version, entity.ResourceName, entity.DeployedAt, entity.Schema, schema));
    }

    /// <summary>A version just deployed on this node is the latest at once.</summary>
    public void Deployed(FormEntity entity) => _latest.Deployed(Add(entity));
}
