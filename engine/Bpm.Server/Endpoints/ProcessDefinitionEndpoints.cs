using Bpm.Server.Auth.Policies;
using Bpm.Engine.Deployment;
using Bpm.Engine.Forms;
using Bpm.Engine.Queries;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Deployed process definitions and their XML: models, not case data, for every signed-in person.</summary>
public static class ProcessDefinitionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/process-definitions").RequireAuthorization(BpmPolicies.Person);
        group.MapGet("", async (string? bpmnProcessId, IEngineQueries queries, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<ProcessDefinitionInfo>(await queries.ListDefinitionsAsync(bpmnProcessId, ct))));

        group.MapGet("/{key}", async (string key, IEngineQueries queries, CancellationToken ct) =>
            await queries.GetDefinitionAsync(RouteKeys.Parse(key, "key"), ct) is { } definition
                ? Results.Ok(definition)
                : ApiProblems.NotFound($"流程定义 {key} 不存在"));

        group.MapGet("/{key}/start-form", async (string key, IEngineQueries queries, ProcessModelCache models, IFormQueries forms,
            CancellationToken ct) =>
        {
            var definitionKey = RouteKeys.Parse(key, "key");
            if (await queries.GetDefinitionAsync(definitionKey, ct) is null)
                return ApiProblems.NotFound($"流程定义 {key} 不存在");
            var model = (await models.GetAsync(definitionKey, ct)).Model;
            if (model.NoneStartEvents is not [{ FormId: { } formId }])
                return ApiProblems.NotFound($"流程「{model.Name ?? model.Id}」没有发起表单");
            return await forms.GetAsync(formId, null, ct) is { } form
                ? Results.Ok(form)
                : ApiProblems.NotFound($"发起表单「{formId}」尚未部署");
        });

        group.MapGet("/{key}/xml", async (string key, IEngineQueries queries, CancellationToken ct) =>
            await queries.GetDefinitionXmlAsync(RouteKeys.Parse(key, "key"), ct) is { } xml
                ? Results.Text(xml, "application/xml; charset=utf-8")
                : ApiProblems.NotFound($"流程定义 {key} 不存在"));
    }
}
