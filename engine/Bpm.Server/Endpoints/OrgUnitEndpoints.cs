using Bpm.Server.Auth.Policies;
using System.Security.Claims;
using Bpm.Server.Identity;
using Bpm.Server.Identity.Requests;
using Bpm.Server.Identity.Responses;
using Bpm.Server.Identity.Vocabulary;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>The organisation tree (administrators only): list every unit, read one, add one.</summary>
public static class OrgUnitEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/org-units").RequireAuthorization(BpmPolicies.Admin);
        group.MapGet("", async (IdentityQueries queries, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<OrgUnitResponse>(await queries.OrgUnitsAsync(ct))));
        group.MapGet("/{id}", async (string id, IdentityQueries queries, CancellationToken ct) =>
            (await queries.OrgUnitsAsync(ct)).FirstOrDefault(unit => unit.Id == id) is { } found
                ? Results.Ok(found)
                : ApiProblems.NotFound($"机构 {id} 不存在"));
        group.MapPost("", async (HttpRequest request, ClaimsPrincipal user, IdentityService identity, CancellationToken ct) =>
        {
            var unit = IdentityRequests.OrgUnit(await JsonBody.ReadObjectAsync(request, optional: false, ct));
            var added = await identity.ChangeAsync(Actor.Of(user), changes => changes.AddOrgUnitAsync(unit, ct), ct);
            return Results.Created($"/api/org-units/{Uri.EscapeDataString(added.Id)}", OrgUnitResponse.From(added));
        });
    }
}
