using System.Security.Claims;
using Bpm.Server.Auth.Policies;

namespace Bpm.Server.Auth.Tokens;

/// <summary>A person's token is current while the user exists, is active and still has the security stamp the token was
/// issued with. Integration clients' tokens (<c>bpm:client</c>) are not this check's business.</summary>
public sealed class UserStampCheck(SecurityStampCache stamps) : ITokenCheck
{
    public async ValueTask<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.HasClaim(c => c.Type == BpmClaims.Client))
            return true;
        var username = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var tokenStamp = principal.FindFirstValue(BpmClaims.SecurityStamp);
        if (string.IsNullOrEmpty(username) || tokenStamp is null)
            return false;
        var current = await stamps.CurrentStampAsync(username, ct);
        return current is not null && string.Equals(current, tokenStamp, StringComparison.Ordinal);
    }
}
