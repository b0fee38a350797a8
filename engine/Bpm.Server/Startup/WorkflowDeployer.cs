using Bpm.Engine.Deployment;
using Bpm.Engine.Forms;
using Bpm.Engine.Runtime;

namespace Bpm.Server.Startup;

/// <summary>Deploys every <c>*.bpmn</c>, <c>*.form</c> and <c>*.dmn</c> in the workflows folder as one deployment. The engine keeps it idempotent:
/// unchanged content creates no new version. A rejected workflow is logged and fails start-up.</summary>
internal sealed class WorkflowDeployer(IServiceProvider services, WorkflowLocator locator, ILogger<WorkflowDeployer> logger)
{
    public async Task DeployAllAsync(CancellationToken ct)
    {
        var folder = locator.Locate();
        if (folder is null || !Directory.Exists(folder))
        {
            logger.LogWarning("No workflows folder found; nothing deployed at start-up.");
            return;
        }

        var files = Directory.GetFiles(folder, "*.bpmn", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(folder, "*" + FormDeployer.Extension, SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(folder, "*" + Bpm.Engine.Decisions.DecisionDeployer.Extension, SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            logger.LogInformation("No .bpmn, .form or .dmn files in {Folder}; nothing deployed at start-up.", folder);
            return;
        }

        var resources = new List<DeploymentResource>();
        foreach (var file in files)
            resources.Add(new DeploymentResource(Path.GetRelativePath(folder, file).Replace('\\', '/'), await File.ReadAllBytesAsync(file, ct)));

        await using var scope = services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<IProcessEngine>();
        try
        {
            var result = await engine.DeployAsync(resources, ct);
            foreach (var process in result.Processes)
                logger.LogInformation("Workflow {BpmnProcessId} version {Version} ready (from {Resource}).",
                    process.BpmnProcessId, process.Version, process.ResourceName);
            foreach (var form in result.Forms)
                logger.LogInformation("Form {FormId} version {Version} ready (from {Resource}).", form.FormId, form.Version, form.ResourceName);
            foreach (var decision in result.Decisions)
                logger.LogInformation("Decision {DecisionId} version {Version} ready (from {Resource}).", decision.DecisionId, decision.Version, decision.ResourceName);
        }
        catch (DeploymentRejectedException rejected)
        {
            foreach (var error in rejected.Errors)
                logger.LogCritical("Workflow {Resource} rejected: line {Line}, element {ElementId}: {Message}",
                    error.ResourceName, error.Line, error.ElementId, error.Message);
            throw new InvalidOperationException(
                $"Start-up stopped: the workflows in {folder} were rejected ({rejected.Errors.Count} problem(s)); see the log above.", rejected);
        }
    }
}
