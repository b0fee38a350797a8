using Bpm.Server.Auth.Policies;
using Bpm.Engine.Deployment;
using Bpm.Engine.Runtime;
using Bpm.Server.Identity.Vocabulary;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary><c>POST /api/deployments</c>: multipart, one or many files (.bpmn processes, .form forms, .dmn decisions) in the field <c>resources</c>.
/// <c>POST /api/deployments/validation</c>: the same files checked and not stored; problems answer exactly as a rejected
/// deployment does, or, with <c>?report=true</c> (the designer's live check while drawing, where a model with problems is
/// the normal case and not a failed request), as 200 with <c>valid: false</c> and the same <c>errors</c>.
/// Both are for process designers and administrators.</summary>
public static class DeploymentEndpoints
{
    public const string ResourcesField = "resources";

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/deployments")
            .RequireAuthorization(BpmPolicies.Designer);
        group.MapPost("", DeployAsync).DisableAntiforgery();
        group.MapPost("/validation", ValidateAsync).DisableAntiforgery();
    }

    private static async Task<IResult> DeployAsync(HttpRequest request, IProcessEngine engine, CancellationToken ct)
    {
        DeploymentResult result = await engine.DeployAsync(await ReadResourcesAsync(request, ct), Actor.Of(request.HttpContext.User), ct);
        return Results.Ok(result);
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request, ProcessDeployer deployer, bool? report, CancellationToken ct)
    {
        var check = await deployer.ValidateAsync(await ReadResourcesAsync(request, ct), ct);
        if (check.Errors.Count > 0 && report != true)
            throw new DeploymentRejectedException(check.Errors);
        return Results.Ok(new DeploymentValidationResponse(check.Errors.Count == 0, check.Processes,
            check.Errors.Select(DeploymentErrorResponse.From).ToList()));
    }

    private static async Task<List<DeploymentResource>> ReadResourcesAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            throw new ApiBadRequestException("请以 multipart/form-data 上传文件，字段名为 resources。", ResourcesField);

        var form = await request.ReadFormAsync(ct);
        var files = form.Files.GetFiles(ResourcesField);
        if (files.Count == 0)
            throw new ApiBadRequestException("没有文件：请在字段 resources 中附上一个或多个 .bpmn（以及 .form、.dmn）文件。", ResourcesField);

        var resources = new List<DeploymentResource>(files.Count);
        foreach (var file in files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, ct);
            var name = string.IsNullOrWhiteSpace(file.FileName) ? file.Name : Path.GetFileName(file.FileName);
            resources.Add(new DeploymentResource(name, content.ToArray()));
        }
        return resources;
    }
}
