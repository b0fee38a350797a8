using System.Security.Claims;

namespace Bpm.Server.Auth.Tokens;

/// <summary>A check of a validly signed bearer token against current server state, run on every request by
/// <see cref="TokenCheckMiddleware"/>; any check answering false makes the request anonymous (401 on protected routes).
/// Each check decides which tokens it is about: <see cref="UserStampCheck"/> handles people's tokens and leaves tokens
/// carrying <c>bpm:client</c> alone, for a check of integration clients registered the same way
/// (<c>services.AddSingleton&lt;ITokenCheck, …&gt;()</c>).</summary>
public interface ITokenCheck
{
    ValueTask<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct);
}
