using Bpm.Engine.Deployment;
using Bpm.Engine.Runtime;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary><c>POST /api/deployments</c>: multipart, one or many files (.bpmn processes, .form forms) in the field <c>resources</c>.</summary>
public static class DeploymentEndpoints
{
    public const string ResourcesField = "resources";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/deployments", DeployAsync).DisableAntiforgery();
    }

    private static async Task<IResult> DeployAsync(HttpRequest request, IProcessEngine engine, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            throw new ApiBadRequestException("Send the files as multipart/form-data in the field 'resources'.", ResourcesField);

        var form = await request.ReadFormAsync(ct);
        var files = form.Files.GetFiles(ResourcesField);
        if (files.Count == 0)
            throw new ApiBadRequestException("No files: attach one or more .bpmn (and .form) files in the field 'resources'.", ResourcesField);

        var resources = new List<DeploymentResource>(files.Count);
        foreach (var file in files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, ct);
            var name = string.IsNullOrWhiteSpace(file.FileName) ? file.Name : Path.GetFileName(file.FileName);
            resources.Add(new DeploymentResource(name, content.ToArray()));
        }

        DeploymentResult result = await engine.DeployAsync(resources, ct);
        return Results.Ok(result);
    }
}
