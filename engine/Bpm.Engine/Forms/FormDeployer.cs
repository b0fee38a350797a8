using System.Security.Cryptography;
using System.Text;
using Bpm.Engine.Deployment;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;

namespace Bpm.Engine.Forms;

/// <summary>The form side of a deployment: parses <c>.form</c> resources, checks that every user task's formId names a
/// form of the deployment or one already deployed, and numbers new versions per form id (identical content deploys
/// idempotently, like processes).</summary>
public sealed class FormDeployer
{
    public const string Extension = ".form";

    private readonly FormSchemaParser _parser;
    private readonly FormStore _store;
    private readonly FormCache _cache;
    private readonly KeyGenerator _keys;

    internal FormDeployer(FormSchemaParser parser, FormStore store, FormCache cache, KeyGenerator keys)
    {
        _parser = parser;
        _store = store;
        _cache = cache;
        _keys = keys;
    }

    public static bool IsForm(DeploymentResource resource) => resource.Name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The valid forms, and the ids of all forms of the deployment (an invalid one is reported once, not again by
    /// every task naming it).</summary>
    internal (IReadOnlyList<ParsedForm> Valid, IReadOnlySet<string> Ids) Parse(IEnumerable<DeploymentResource> resources, List<ValidationError> errors)
    {
        var parsed = new List<ParsedForm>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            var result = _parser.Parse(resource.Name, resource.Content);
            errors.AddRange(result.Errors);
            if ((result.Schema?.Id ?? result.Id) is { } id) ids.Add(id);
            if (result.Schema is { } schema)
                parsed.Add(new ParsedForm(resource, schema, Convert.ToHexString(SHA256.HashData(resource.Content)).ToLowerInvariant()));
        }
        foreach (var duplicate in parsed.GroupBy(p => p.Schema.Id).Where(g => g.Count() > 1))
            errors.Add(new ValidationError(null, $"表单「{duplicate.Key}」在本次部署中定义了不止一次（{string.Join("、", duplicate.Select(d => d.Resource.Name))}）", null, FormSchemaParser.ElementType, duplicate.Last().Resource.Name));
        return (parsed, ids);
    }

    /// <summary>A user task's formId must name a form of this deployment or one already deployed.</summary>
    internal async Task CheckReferencesAsync(IEnumerable<(ProcessModel Model, string ResourceName)> processes, IReadOnlySet<string> deploymentFormIds,
        List<ValidationError> errors, CancellationToken ct)
    {
        var references = processes
            .SelectMany(p => p.Model.ElementsById.Values.OfType<TaskNode>()
                .Where(t => t.UserTask?.FormId is not null)
                .Select(t => (Task: t, p.ResourceName)))
            .Where(r => !deploymentFormIds.Contains(r.Task.UserTask!.FormId!))
            .ToList();
        if (references.Count == 0) return;
        var deployed = (await _store.LatestAsync(references.Select(r => r.Task.UserTask!.FormId!).ToList(), ct)).Select(f => f.FormId).ToHashSet();
        foreach (var (task, resourceName) in references.Where(r => !deployed.Contains(r.Task.UserTask!.FormId!)).OrderBy(r => r.Task.Line))
            errors.Add(new ValidationError(task.Id,
                $"{ElementLabel.Of(task)}引用的表单「{task.UserTask!.FormId}」既不在本次部署中，也未曾部署",
                task.Line, task.ElementType, resourceName));
    }

    /// <summary>The entities to store for forms whose content changed, and every form's resulting version.</summary>
    internal async Task<(IReadOnlyList<FormEntity> Created, IReadOnlyList<DeployedForm> Forms)> VersionAsync(IReadOnlyList<ParsedForm> forms,
        long deploymentKey, DateTimeOffset now, CancellationToken ct)
    {
        if (forms.Count == 0) return ([], []);
        var latest = (await _store.LatestAsync(forms.Select(f => f.Schema.Id).ToList(), ct)).ToDictionary(f => f.FormId, StringComparer.Ordinal);
        var created = new List<FormEntity>();
        var result = new List<DeployedForm>();
        foreach (var form in forms)
        {
            if (latest.TryGetValue(form.Schema.Id, out var current) && current.Checksum == form.Checksum)
            {
                result.Add(new DeployedForm(current.Key.ToString(), current.FormId, current.Version, current.ResourceName));
                continue;
            }
            var entity = new FormEntity
            {
                Key = _keys.Next(),
                DeploymentKey = deploymentKey,
                FormId = form.Schema.Id,
                Version = (current?.Version ?? 0) + 1,
                ResourceName = form.Resource.Name,
                Checksum = form.Checksum,
                Schema = Encoding.UTF8.GetString(form.Resource.Content),
                DeployedAt = now,
            };
            created.Add(entity);
            result.Add(new DeployedForm(entity.Key.ToString(), entity.FormId, entity.Version, entity.ResourceName));
        }
        return (created, result);
    }

    /// <summary>After the deployment is stored: its new versions are the latest on this node at once.</summary>
    internal void Stored(IEnumerable<FormEntity> created)
    {
        foreach (var entity in created) _cache.Deployed(entity);
    }
}
