using System.Security.Claims;

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
    }
}
