using System.Security.Claims;

namespace Bpm.Server.Auth.Tokens;

/// <summary>Runs after authentication: a signed token that fails any <see cref="ITokenCheck"/> (password changed, roles
/// changed, user deactivated or gone) counts as no token, so protected routes answer 401.</summary>
public sealed class TokenCheckMiddleware(RequestDelegate next, IEnumerable<ITokenCheck> checks)
{
    private readonly ITokenCheck[] checks = checks.ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            foreach (var check in checks)
            {
                if (await check.IsCurrentAsync(context.User, context.RequestAborted))
                    continue;
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
                break;
            }
        }
        await next(context);
    }
}
