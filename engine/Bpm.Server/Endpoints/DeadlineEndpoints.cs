using System.Security.Claims;
using Bpm.Engine.Runtime;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Pause, resume and extend a named deadline of a process instance (the variable <c>deadlines.&lt;name&gt;</c>, started by
/// the activity <c>bpm:start-deadline</c>). Each answers 200 with the updated deadline; <c>by</c> is the signed-in user.</summary>
public static class DeadlineEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/process-instances/{key}/deadlines/{name}");
        group.MapPost("/pause", async (string key, string name, HttpRequest request, ClaimsPrincipal user, IProcessEngine engine, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            return Results.Ok(await engine.PauseDeadlineAsync(RouteKeys.Parse(key, "key"), name, By(user), JsonBody.RequiredString(body, "reason"), ct));
        });
        group.MapPost("/resume", async (string key, string name, HttpRequest request, ClaimsPrincipal user, IProcessEngine engine, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: true, ct);
            return Results.Ok(await engine.ResumeDeadlineAsync(RouteKeys.Parse(key, "key"), name, By(user), JsonBody.OptionalString(body, "reason"), ct));
        });
        group.MapPost("/extension", async (string key, string name, HttpRequest request, ClaimsPrincipal user, IProcessEngine engine, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            var days = JsonBody.OptionalInt(body, "days") ?? throw new ApiBadRequestException("days is required.", "days");
            return Results.Ok(await engine.ExtendDeadlineAsync(RouteKeys.Parse(key, "key"), name, days, By(user), JsonBody.RequiredString(body, "reason"), ct));
        });
    }

    private static string By(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
