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
    private readonly ConcurrentDictionary<string, (StoredForm Form, long FetchedAt)> _latest = new(StringComparer.Ordinal);

    public async Task<StoredForm?> LatestAsync(string formId, CancellationToken ct)
    {
        if (_latest.TryGetValue(formId, out var latest) && clock.GetElapsedTime(latest.FetchedAt) < Deployment.ProcessModelCache.LatestVersionLifetime)
            return latest.Form;
        var fetchedAt = clock.GetTimestamp();
        var entity = await store.FindAsync(formId, null, ct);
        if (entity is null) return null;
        var form = Add(entity);
        RememberLatest(form, fetchedAt);
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
    public void Deployed(FormEntity entity) => RememberLatest(Add(entity), clock.GetTimestamp());

    private void RememberLatest(StoredForm form, long fetchedAt) =>
        _latest.AddOrUpdate(form.FormId, (form, fetchedAt),
            (_, current) => current.Form.Version > form.Version ? current : (form, fetchedAt));
}
