using Bpm.Server.Auth.Policies;
using Bpm.Server.Identity.Directory;

namespace Bpm.Server.Endpoints;

/// <summary><c>GET /api/directory?q=&amp;codes=</c>: the designer's read-only look-up of people, groups and roles by name
/// (<c>q</c>) or by the codes a diagram names (<c>codes</c>, comma-separated), see <see cref="DesignerDirectory"/>.</summary>
public static class DirectoryEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/directory", async (string? q, string? codes, DesignerDirectory directory, CancellationToken ct) =>
        {
            var wanted = (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return Results.Ok(await directory.FindAsync(q, wanted, ct));
        }).RequireAuthorization(BpmPolicies.Directory);
}
