using System.Security.Cryptography;
using System.Text;
using Bpm.Engine.Activities;
using Bpm.Engine.Model;
using Bpm.Engine.Parsing;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;
using Bpm.Engine.Timers;

namespace Bpm.Engine.Deployment;

/// <summary>Validates and stores deployments. All resources are checked before anything is stored; a single problem
/// rejects the whole deployment. Content identical to a process's latest version deploys idempotently. Forms (.form)
/// and decisions (.dmn)
/// deploy beside the processes, versioned per form id and per decision id the same way.</summary>
public sealed class ProcessDeployer(BpmnParser parser, IEngineStore store, ProcessModelCache models, IActivityRegistry activities,
    KeyGenerator keys, Time.BusinessClock clock, Forms.FormDeployer forms, Decisions.DecisionDeployer decisions,
    Invariants.InvariantCatalogue invariants, Messaging.IMessageContracts contracts, IEnumerable<IDeploymentRule> rules,
    IEnumerable<UserTasks.IAssignmentRule> assignmentRules)
{
    private readonly IReadOnlyList<UserTasks.IAssignmentRule> _assignmentRules = assignmentRules.ToList();

    private static readonly string[] BpmnExtensions = [".bpmn", ".bpmn20.xml", ".xml"];

    /// <summary>Raised after a deployment opened timer start events, with the earliest due time (wakes the local sweep).</summary>
    internal event Action<DateTimeOffset>? TimerStartsOpened;

    /// <summary>Checks resources exactly as <see cref="DeployAsync"/> would and stores nothing: the problems a deployment
    /// of them would be rejected with (empty when it would succeed), and the processes it would contain.</summary>
    public async Task<DeploymentCheck> ValidateAsync(IReadOnlyList<DeploymentResource> resources, CancellationToken ct)
    {
        var (parsed, _, _, errors) = await CheckAsync(resources, ct);
        var now = clock.GetUtcNow();
        foreach (var (resource, model, _) in parsed)
            TimerStartSubscriptions.Build(0, model, keys, now, clock.Zone, resource.Name, errors);
        return new DeploymentCheck(errors, parsed.Select(p => new CheckedProcess(p.Model.Id, p.Model.Name, p.Resource.Name)).ToList());
    }

    public Task<DeploymentResult> DeployAsync(IReadOnlyList<DeploymentResource> resources, CancellationToken ct) => DeployAsync(resources, null, ct);

    /// <summary>Deploys and records <paramref name="deployedBy"/> (the signed-in user) on the deployment and its new decision versions.</summary>
    public async Task<DeploymentResult> DeployAsync(IReadOnlyList<DeploymentResource> resources, string? deployedBy, CancellationToken ct)
    {
        var (parsed, parsedForms, decisionFiles, errors) = await CheckAsync(resources, ct);
        if (errors.Count > 0) throw new DeploymentRejectedException(errors);

        var latest = (await store.LatestDefinitionsAsync(parsed.Select(p => p.Model.Id).ToList(), ct)).ToDictionary(d => d.BpmnProcessId);
        var now = clock.GetUtcNow();
        var deployment = new DeploymentEntity { Key = keys.Next(), DeployedAt = now, ResourceNames = string.Join(',', resources.Select(r => r.Name)), DeployedBy = deployedBy };
        var created = new List<(ProcessDefinitionEntity Entity, ProcessModel Model)>();
        var (createdForms, deployedForms) = await forms.VersionAsync(parsedForms, deployment.Key, now, ct);
        var (createdDecisions, deployedDecisions) = await decisions.VersionAsync(decisionFiles, deployment, ct);
        var processes = new List<DeployedProcess>();
        foreach (var (resource, model, checksum) in parsed)
        {
            if (latest.TryGetValue(model.Id, out var current) && current.Checksum == checksum)
            {
                processes.Add(new DeployedProcess(current.Key.ToString(), current.BpmnProcessId, current.Version, current.Name, current.ResourceName));
                continue;
            }
            var entity = new ProcessDefinitionEntity
            {
                Key = keys.Next(),
                DeploymentKey = deployment.Key,
                BpmnProcessId = model.Id,
                Version = (current?.Version ?? 0) + 1,
                Name = model.Name,
                ResourceName = resource.Name,
                Checksum = checksum,
                Xml = Encoding.UTF8.GetString(resource.Content),
                DeployedAt = now,
            };
            created.Add((entity, model));
            processes.Add(new DeployedProcess(entity.Key.ToString(), entity.BpmnProcessId, entity.Version, entity.Name, entity.ResourceName));
        }
        if (created.Count > 0 || createdForms.Count > 0 || createdDecisions.Count > 0)
        {
            var timerStarts = new List<SubscriptionEntity>();
            var messageStarts = new List<SubscriptionEntity>();
            foreach (var (entity, model) in created)
            {
                timerStarts.AddRange(TimerStartSubscriptions.Build(entity.Key, model, keys, now, clock.Zone, entity.ResourceName, errors));
                messageStarts.AddRange(Messaging.MessageStartSubscriptions.Build(entity.Key, model, keys, now));
            }
            if (errors.Count > 0) throw new DeploymentRejectedException(errors);
            await store.SaveDeploymentAsync(deployment, created.Select(c => c.Entity).ToList(), [.. timerStarts, .. messageStarts], createdForms, createdDecisions, ct);
            forms.Stored(createdForms);
            decisions.Stored(createdDecisions);
            foreach (var (entity, model) in created)
                models.Add(new CachedDefinition(entity.Key, entity.BpmnProcessId, entity.Version, entity.Name, model));
            if (timerStarts.Count > 0) TimerStartsOpened?.Invoke(timerStarts.Min(s => s.DueAt!.Value));
        }
        return new DeploymentResult(deployment.Key.ToString(), processes) { Forms = deployedForms, Decisions = deployedDecisions };
    }

    private async Task<(List<ParsedProcess> Parsed, IReadOnlyList<Forms.ParsedForm> Forms, IReadOnlyList<Decisions.ParsedDecisionFile> Decisions,
        List<ValidationError> Errors)> CheckAsync(
        IReadOnlyList<DeploymentResource> resources, CancellationToken ct)
    {
        if (resources.Count == 0) throw new InvalidCommandException("部署至少须包含一个文件", "resources");
        var errors = new List<ValidationError>();
        var parsed = new List<ParsedProcess>();
        var (parsedForms, formIds) = forms.Parse(resources.Where(Forms.FormDeployer.IsForm), errors);
        var decisionFiles = decisions.Parse(resources.Where(Decisions.DecisionDeployer.IsDecision), errors);
        foreach (var resource in resources.Where(r => !Forms.FormDeployer.IsForm(r) && !Decisions.DecisionDeployer.IsDecision(r)))
        {
            if (!BpmnExtensions.Any(e => resource.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new ValidationError(null, $"文件「{resource.Name}」既不是 BPMN 流程（.bpmn），也不是表单（.form）或决策（.dmn）", null, null, resource.Name));
                continue;
            }
            var result = parser.Parse(resource.Name, resource.Content);
            errors.AddRange(result.Errors.Select(e => e with { ResourceName = e.ResourceName ?? resource.Name }));
            var checksum = Convert.ToHexString(SHA256.HashData(resource.Content)).ToLowerInvariant();
            foreach (var model in result.ExecutableProcesses)
            {
                errors.AddRange(UnknownTaskTypes(model, resource.Name));
                errors.AddRange(TaskHeaderRules.Check(model, _assignmentRules, resource.Name));
                errors.AddRange(Invariants.InvariantHeader.Check(model, invariants, resource.Name));
                errors.AddRange(Invariants.ClosingRuleProperty.Check(model, invariants, resource.Name));
                foreach (var rule in rules) errors.AddRange(rule.Check(model, resource.Name));
                parsed.Add(new ParsedProcess(resource, model, checksum));
            }
        }
        foreach (var duplicate in parsed.GroupBy(p => p.Model.Id).Where(g => g.Count() > 1))
            errors.Add(new ValidationError(duplicate.Key, $"流程「{duplicate.Key}」在本次部署中定义了不止一次", null, "process"));
        await forms.CheckReferencesAsync(parsed.Select(p => (p.Model, p.Resource.Name)), formIds, errors, ct);
        await decisions.CheckReferencesAsync(parsed.Select(p => (p.Model, p.Resource.Name)), decisionFiles, errors, ct);
        return (parsed, parsedForms, decisionFiles, errors);
    }

    /// <summary>A static task type must name a registered activity: an element the engine cannot run is refused now, not at run time.</summary>
    private IEnumerable<ValidationError> UnknownTaskTypes(ProcessModel model, string resourceName)
    {
        foreach (var usage in TaskTypes.Of(model))
        {
            if (!usage.Type.IsStatic) continue;
            var type = usage.Type.Source;
            if (contracts.Find(type) is { } contract && Runtime.Processors.BpmnElementProcessors.For(usage.Node).SendsMessages(usage.Node))
            {
                if (!contract.SentByBpm)
                    yield return new ValidationError(usage.Node.Id,
                        $"{ElementLabel.Of(usage.Node)}：消息「{type}」由外部机关发往本系统，请用接收任务或消息捕获事件接收",
                        usage.Node.Line, usage.Node.ElementType, resourceName);
                continue;
            }
            if (activities.Find(type) is null)
                yield return new ValidationError(usage.Node.Id,
                    $"{ElementLabel.Of(usage.Node)}：没有注册任务类型为「{type}」的活动",
                    usage.Node.Line, usage.Node.ElementType, resourceName);
        }
    }

    private sealed record ParsedProcess(DeploymentResource Resource, ProcessModel Model, string Checksum);
}
