using System.Security.Claims;
using Bpm.Engine.Cases;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Queries;
using Bpm.Engine.Runtime;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>List incidents (only those of cases the caller may see, filtered in the query) and resolve (retry) one, which
/// needs the right to act on its case; <c>{note}</c> is optional and recorded with the resolver on INCIDENT_RESOLVED.</summary>
public static class IncidentEndpoints
{
    public static readonly string[] States = StateText<IncidentState>.All;

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/incidents").RequireAuthorization(BpmPolicies.CaseRole);
        group.MapGet("", async (string? processInstanceKey, string? state, ClaimsPrincipal user, ICaseAccessService cases, CancellationToken ct) =>
        {
            var incidents = await cases.ListIncidentsAsync(
                RouteKeys.ParseOptional(processInstanceKey, "processInstanceKey"), QueryValues.OneOf(state, "state", States), TaskActors.From(user), ct);
            return Results.Ok(new ItemsResponse<IncidentInfo>(incidents));
        });
        group.MapPost("/{key}/resolution", async (string key, HttpRequest request, ClaimsPrincipal user, ICaseAccessService cases,
            IProcessEngine engine, CancellationToken ct) =>
        {
            var incidentKey = RouteKeys.Parse(key, "key");
            var actor = TaskActors.From(user);
            await cases.RequireIncidentAsync(incidentKey, actor, act: true, ct);
            var body = await JsonBody.ReadObjectAsync(request, optional: true, ct);
            await engine.ResolveIncidentAsync(incidentKey, actor.Username, JsonBody.OptionalString(body, "note")?.Trim(), ct);
            return Results.NoContent();
        });
    }
}
