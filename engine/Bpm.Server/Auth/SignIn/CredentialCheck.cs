using System.Security.Claims;

namespace Bpm.Server.Auth.SignIn;

/// <summary>The outcome of checking a username and password: the principal, or a <see cref="SignInFailures"/> reason.</summary>
public sealed record CredentialCheck(ClaimsPrincipal? Principal, string? FailureReason)
{
    public static CredentialCheck Succeeded(ClaimsPrincipal principal) => new(principal, null);

    public static CredentialCheck Failed(string reason) => new(null, reason);
}
