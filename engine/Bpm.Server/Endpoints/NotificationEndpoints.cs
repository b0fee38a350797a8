using Bpm.Server.Auth.Policies;
using System.Security.Claims;
using Bpm.Engine.UserTasks;
using Bpm.Server.Auth;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>The signed-in user's notifications, newest first (<c>?unread=true</c> for unread only), and marking one read.</summary>
public static class NotificationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me/notifications").RequireAuthorization(BpmPolicies.Person);
        group.MapGet("", async (bool? unread, ClaimsPrincipal user, INotificationService notifications, CancellationToken ct) =>
            Results.Ok(new ItemsResponse<NotificationInfo>(await notifications.ListAsync(TaskActors.From(user).Username, unread ?? false, ct))));
        group.MapPost("/{key}/read", async (string key, ClaimsPrincipal user, INotificationService notifications, CancellationToken ct) =>
            await notifications.MarkReadAsync(TaskActors.From(user).Username, RouteKeys.Parse(key, "key"), ct)
                ? Results.NoContent()
                : ApiProblems.NotFound($"您没有编号为 {key} 的通知"));
    }
}
