using System.Security.Claims;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Identity;
using Bpm.Server.Identity.Responses;
using Bpm.Server.Identity.Requests;
using Bpm.Server.Identity.Vocabulary;

namespace Bpm.Server.Endpoints;

/// <summary><c>GET /api/people?q=&amp;organisationId=&amp;role=</c>: the user pickers' search (name, username or unit name
/// contains <c>q</c>; the unit and those below it; a role), at most <see cref="PeopleSearch.Limit"/>, within what the caller
/// may see (<see cref="PeopleSearch"/>).</summary>
public static class PeopleEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/people", async (string? q, string? organisationId, string? role, ClaimsPrincipal user, PeopleSearch search, CancellationToken ct) =>
        {
            var roleFilter = string.IsNullOrEmpty(role) ? null : JsonFields.OneOf(role, "role", IdentityRoles.All);
            var actor = TaskActors.From(user);
            var found = await search.SearchAsync(actor.Username, actor.Roles.Contains(IdentityRoles.Admin), q, organisationId, roleFilter, ct);
            return Results.Ok(new ItemsResponse<PersonChoiceResponse>(found));
        }).RequireAuthorization(BpmPolicies.PeopleSearch);
}
