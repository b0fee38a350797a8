using System.Security.Claims;
using Bpm.Engine.Cases;
using Bpm.Server.Auth;

namespace Bpm.Server.Endpoints;

/// <summary><c>GET /api/me</c>: who the bearer token belongs to and their roles, so that a client can show only what
/// the caller may use (the API still checks every request).</summary>
public static class MeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me", (ClaimsPrincipal principal) =>
        {
            var username = principal.FindFirstValue(ClaimTypes.Name) ?? "";
            return Results.Ok(new MeResponse(
                username,
                principal.FindFirstValue(ClaimTypes.GivenName) ?? username,
                principal.FindAll(ClaimTypes.Role).Select(role => role.Value).Distinct().ToList()));
        }).RequireAuthorization(Bpm.Server.Auth.Policies.BpmPolicies.Person);

        // What the 发起案件 page lists: the processes the model's starter rules let the caller start.
        api.MapGet("/me/startable-processes", async (ClaimsPrincipal principal, ICaseAccessService cases, CancellationToken ct) =>
                Results.Ok(new ItemsResponse<StartableProcess>(await cases.StartableProcessesAsync(TaskActors.From(principal), ct))))
            .RequireAuthorization(Bpm.Server.Auth.Policies.BpmPolicies.Person);
    }
}
