using System.Security.Claims;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Integration;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Integration clients (administrators only): list, create (the secret is in the answer, this once), disable.</summary>
public static class IntegrationClientEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/integration-clients").RequireAuthorization(BpmPolicies.Admin);
        group.MapGet("", async (IntegrationClientService clients, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<IntegrationClientResponse>(await clients.ListAsync(ct))));
        group.MapPost("", async (HttpRequest request, ClaimsPrincipal user, IntegrationClientService clients, CancellationToken ct) =>
        {
            var client = IntegrationClientRequests.New(await JsonBody.ReadObjectAsync(request, optional: false, ct));
            var created = await clients.CreateAsync(client, Actor.Of(user), ct);
            return Results.Created($"/api/integration-clients/{Uri.EscapeDataString(client.ClientId)}", created);
        });
        group.MapDelete("/{clientId}", async (string clientId, ClaimsPrincipal user, IntegrationClientService clients, CancellationToken ct) =>
            await clients.DisableAsync(clientId, Actor.Of(user), ct)
                ? Results.NoContent()
                : ApiProblems.NotFound($"集成客户端 {clientId} 不存在"));
    }
}
