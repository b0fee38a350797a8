using System.Security.Claims;
using Bpm.Engine.Cases;
using Bpm.Engine.Deadlines;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Pause, resume and extend a named deadline of a process instance (the variable <c>deadlines.&lt;name&gt;</c>, started by
/// the activity <c>bpm:start-deadline</c>). Each answers 200 with the updated deadline; <c>by</c> is the signed-in user, who
/// must be able to act on the case (<see cref="ICaseAccessService.RequireActAsync"/>); the instance history gets a
/// DEADLINE_PAUSED / DEADLINE_RESUMED / DEADLINE_EXTENDED entry with <c>by</c> and <c>reason</c>.</summary>
public static class DeadlineEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/process-instances/{key}/deadlines/{name}").RequireAuthorization(BpmPolicies.CaseRole);
        group.MapPost("/pause", async (string key, string name, HttpRequest request, ClaimsPrincipal user, ICaseAccessService cases,
            IDeadlineService deadlines, CancellationToken ct) =>
        {
            var instanceKey = await ActAsync(key, user, cases, ct);
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            return Results.Ok(await deadlines.PauseAsync(instanceKey, name, Actor.Of(user), JsonBody.RequiredString(body, "reason"), ct));
        });
        group.MapPost("/resume", async (string key, string name, HttpRequest request, ClaimsPrincipal user, ICaseAccessService cases,
            IDeadlineService deadlines, CancellationToken ct) =>
        {
            var instanceKey = await ActAsync(key, user, cases, ct);
            var body = await JsonBody.ReadObjectAsync(request, optional: true, ct);
            return Results.Ok(await deadlines.ResumeAsync(instanceKey, name, Actor.Of(user), JsonBody.OptionalString(body, "reason"), ct));
        });
        group.MapPost("/extension", async (string key, string name, HttpRequest request, ClaimsPrincipal user, ICaseAccessService cases,
            IDeadlineService deadlines, CancellationToken ct) =>
        {
            var instanceKey = await ActAsync(key, user, cases, ct);
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            var days = JsonBody.OptionalInt(body, "days") ?? throw new ApiBadRequestException("缺少延长天数（days）", "days");
            return Results.Ok(await deadlines.ExtendAsync(instanceKey, name, days, Actor.Of(user), JsonBody.RequiredString(body, "reason"), ct));
        });
    }

    private static async Task<long> ActAsync(string key, ClaimsPrincipal user, ICaseAccessService cases, CancellationToken ct)
    {
        var instanceKey = RouteKeys.Parse(key, "key");
        await cases.RequireActAsync(instanceKey, TaskActors.From(user), ct);
        return instanceKey;
    }
}
