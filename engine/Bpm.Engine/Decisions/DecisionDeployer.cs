using System.Security.Cryptography;
using System.Text;
using Bpm.Engine.Decisions.Parsing;
using Bpm.Engine.Decisions.Storage;
using Bpm.Engine.Deployment;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;

namespace Bpm.Engine.Decisions;

/// <summary>The decision side of a deployment: parses <c>.dmn</c> resources, checks that every business rule task names a
/// decision of the deployment or one already deployed, and numbers new versions per decision id (a file deployed again
/// unchanged creates no new version, like processes).</summary>
public sealed class DecisionDeployer
{
    public const string Extension = ".dmn";

    private readonly DmnParser _parser;
    private readonly DecisionStore _store;
    private readonly DecisionCache _cache;
    private readonly KeyGenerator _keys;

    internal DecisionDeployer(DmnParser parser, DecisionStore store, DecisionCache cache, KeyGenerator keys)
    {
        _parser = parser;
        _store = store;
        _cache = cache;
        _keys = keys;
    }

    public static bool IsDecision(DeploymentResource resource) => resource.Name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    internal IReadOnlyList<ParsedDecisionFile> Parse(IEnumerable<DeploymentResource> resources, List<ValidationError> errors)
    {
        var files = new List<ParsedDecisionFile>();
        foreach (var resource in resources)
        {
            var result = _parser.Parse(resource.Name, resource.Content);
            errors.AddRange(result.Errors);
            if (result.Graph is { } graph)
                files.Add(new ParsedDecisionFile(resource, graph, Convert.ToHexString(SHA256.HashData(resource.Content)).ToLowerInvariant()));
        }
        foreach (var duplicate in files.SelectMany(f => f.Graph.Decisions.Keys.Select(id => (Id: id, f.Resource.Name))).GroupBy(d => d.Id).Where(g => g.Count() > 1))
            errors.Add(new ValidationError(duplicate.Key, $"决策 '{duplicate.Key}' 在本次部署中定义了不止一次（{string.Join("、", duplicate.Select(d => d.Name))}）",
                null, DmnParser.ElementType, duplicate.Last().Name));
        return files;
    }

    /// <summary>A business rule task's decision must be in this deployment or deployed before.</summary>
    internal async Task CheckReferencesAsync(IEnumerable<(ProcessModel Model, string ResourceName)> processes, IReadOnlyList<ParsedDecisionFile> files,
        List<ValidationError> errors, CancellationToken ct)
    {
        var inDeployment = files.SelectMany(f => f.Graph.Decisions.Keys).ToHashSet(StringComparer.Ordinal);
        var references = processes
            .SelectMany(p => p.Model.ElementsById.Values.OfType<TaskNode>().Where(t => t.CalledDecision is { DecisionIdExpression: null }).Select(t => (Task: t, p.ResourceName)))
            .Where(r => !inDeployment.Contains(r.Task.CalledDecision!.DecisionId))
            .ToList();
        if (references.Count == 0) return;
        var deployed = (await _store.ListAsync(references.Select(r => r.Task.CalledDecision!.DecisionId).ToList(), allVersions: false, ct))
            .Select(d => d.DecisionId).ToHashSet(StringComparer.Ordinal);
        foreach (var (task, resourceName) in references.Where(r => !deployed.Contains(r.Task.CalledDecision!.DecisionId)).OrderBy(r => r.Task.Line))
            errors.Add(new ValidationError(task.Id,
                $"{ElementLabel.Of(task)}引用的决策「{task.CalledDecision!.DecisionId}」既不在本次部署中，也未曾部署",
                task.Line, task.ElementType, resourceName));
    }

    /// <summary>The entities to store for decisions whose file changed, and every decision's resulting version.</summary>
    internal async Task<(IReadOnlyList<DecisionDefinitionEntity> Created, IReadOnlyList<DeployedDecision> Decisions)> VersionAsync(
        IReadOnlyList<ParsedDecisionFile> files, DeploymentEntity deployment, CancellationToken ct)
    {
        if (files.Count == 0) return ([], []);
        var ids = files.SelectMany(f => f.Graph.Decisions.Keys).ToList();
        var latest = (await _store.ListAsync(ids, allVersions: false, ct)).ToDictionary(d => d.DecisionId, StringComparer.Ordinal);
        var created = new List<DecisionDefinitionEntity>();
        var result = new List<DeployedDecision>();
        foreach (var file in files)
            foreach (var decision in file.Graph.Decisions.Values)
            {
                var current = latest.GetValueOrDefault(decision.Id);
                var entity = current is not null && current.Checksum == file.Checksum ? current : new DecisionDefinitionEntity
                {
                    Key = _keys.Next(),
                    DeploymentKey = deployment.Key,
                    DecisionId = decision.Id,
                    Name = decision.Name,
                    Version = (current?.Version ?? 0) + 1,
                    DecisionRequirementsId = file.Graph.Id,
                    ResourceName = file.Resource.Name,
                    Checksum = file.Checksum,
                    Xml = Encoding.UTF8.GetString(file.Resource.Content),
                    DeployedAt = deployment.DeployedAt,
                    DeployedBy = deployment.DeployedBy,
                };
                if (entity != current) created.Add(entity);
                result.Add(new DeployedDecision(entity.Key.ToString(), entity.DecisionId, entity.Name, entity.Version,
                    entity.DecisionRequirementsId, entity.ResourceName));
            }
        return (created, result);
    }

    /// <summary>After the deployment is stored: its new versions are the latest on this node at once.</summary>
    internal void Stored(IEnumerable<DecisionDefinitionEntity> created)
    {
        foreach (var entity in created) _cache.Deployed(entity);
    }
}
