using Bpm.Server.Auth.Policies;
using Bpm.Server.Identity;
using Bpm.Server.Identity.Changes;
using Bpm.Server.Identity.Requests;
using Bpm.Server.Identity.Responses;
using Bpm.Server.Identity.Vocabulary;

namespace Bpm.Server.Endpoints;

/// <summary><c>GET /api/audit?entity=&amp;id=</c> (administrators only): changes to people and organisations, newest first.</summary>
public static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (string? entity, string? id, IdentityQueries queries, CancellationToken ct) =>
        {
            var entityFilter = string.IsNullOrEmpty(entity) ? null : JsonFields.OneOf(entity, "entity", AuditEntities.All);
            var entries = await queries.AuditAsync(entityFilter, string.IsNullOrEmpty(id) ? null : id, ct);
            return Results.Ok(new ItemsResponse<AuditEntryResponse>(entries));
        }).RequireAuthorization(BpmPolicies.Admin);
    }
}
