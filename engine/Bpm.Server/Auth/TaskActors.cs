using System.Security.Claims;
using Bpm.Engine.UserTasks;

namespace Bpm.Server.Auth;

/// <summary>The signed-in user as the user-task rules see them: the name and role claims of the bearer token.</summary>
public static class TaskActors
{
    public static TaskActor From(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? throw new UnauthorizedAccessException("no user name in the token"),
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList());
}
