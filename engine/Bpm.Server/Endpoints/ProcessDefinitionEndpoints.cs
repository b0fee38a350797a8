using Bpm.Server.Auth.Policies;
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
                : ApiProblems.NotFound($"Process definition {key} does not exist."));

        group.MapGet("/{key}/xml", async (string key, IEngineQueries queries, CancellationToken ct) =>
            await queries.GetDefinitionXmlAsync(RouteKeys.Parse(key, "key"), ct) is { } xml
                ? Results.Text(xml, "application/xml; charset=utf-8")
                : ApiProblems.NotFound($"Process definition {key} does not exist."));
    }
}
