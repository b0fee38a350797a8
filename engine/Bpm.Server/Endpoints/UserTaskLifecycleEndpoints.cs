using System.Security.Claims;
using Bpm.Engine.UserTasks;
using Bpm.Server.Auth;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>Assign, unassign, claim, delegate, resolve (return a delegated task), confirm (two-officer rule) and escalate.
/// Each answers 204.</summary>
public static class UserTaskLifecycleEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{key}/assignment", async (string key, HttpRequest request, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            await tasks.AssignAsync(RouteKeys.Parse(key, "key"), JsonBody.RequiredString(body, "assignee"), TaskActors.From(user), ct);
            return Results.NoContent();
        });
        group.MapDelete("/{key}/assignee", (string key, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
            Done(tasks.UnassignAsync(RouteKeys.Parse(key, "key"), TaskActors.From(user), ct)));
        group.MapPost("/{key}/claim", (string key, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
            Done(tasks.ClaimAsync(RouteKeys.Parse(key, "key"), TaskActors.From(user), ct)));
        group.MapPost("/{key}/delegation", async (string key, HttpRequest request, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            await tasks.DelegateAsync(RouteKeys.Parse(key, "key"), JsonBody.RequiredString(body, "to"), TaskActors.From(user), ct);
            return Results.NoContent();
        });
        group.MapPost("/{key}/resolution", async (string key, HttpRequest request, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: true, ct);
            await tasks.ResolveAsync(RouteKeys.Parse(key, "key"), JsonBody.OptionalObject(body, "variables"), TaskActors.From(user), ct);
            return Results.NoContent();
        });
        group.MapPost("/{key}/confirmation", (string key, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
            Done(tasks.ConfirmAsync(RouteKeys.Parse(key, "key"), TaskActors.From(user), ct)));
        group.MapPost("/{key}/escalation", async (string key, HttpRequest request, ClaimsPrincipal user, IUserTaskService tasks, CancellationToken ct) =>
        {
            var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
            await tasks.EscalateAsync(RouteKeys.Parse(key, "key"), JsonBody.RequiredString(body, "code"), TaskActors.From(user), ct);
            return Results.NoContent();
        });
    }

    private static async Task<IResult> Done(Task change)
    {
        await change;
        return Results.NoContent();
    }
}
