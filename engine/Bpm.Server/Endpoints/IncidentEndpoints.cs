using Bpm.Engine.Queries;
using Bpm.Engine.Runtime;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>List incidents and resolve (retry) one.</summary>
public static class IncidentEndpoints
{
    public static readonly string[] States = ["ACTIVE", "RESOLVED"];

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/incidents");
        group.MapGet("", async (string? processInstanceKey, string? state, IEngineQueries queries, CancellationToken ct) =>
        {
            var incidents = await queries.ListIncidentsAsync(
                RouteKeys.ParseOptional(processInstanceKey, "processInstanceKey"), QueryValues.OneOf(state, "state", States), ct);
            return Results.Ok(new ItemsResponse<IncidentInfo>(incidents));
        });
        group.MapPost("/{key}/resolution", async (string key, IProcessEngine engine, CancellationToken ct) =>
        {
            await engine.ResolveIncidentAsync(RouteKeys.Parse(key, "key"), ct);
            return Results.NoContent();
        });
    }
}
