using System.Security.Claims;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Auth.SignIn;
using Bpm.Server.Identity.Storage;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;

namespace Bpm.Server.Auth;

/// <summary>Checks a username and password against the user directory and builds the signed-in principal.</summary>
public sealed class CredentialValidator(IUserDirectory users)
{
    private readonly PasswordHasher<UserEntity> hasher = new();

    // Unknown usernames are checked against this hash so that they cost as much time as a wrong password.
    private readonly Lazy<string> dummyHash = new(() => new PasswordHasher<UserEntity>().HashPassword(new UserEntity(), Guid.NewGuid().ToString()));

    public async Task<ClaimsPrincipal?> ValidateAsync(string username, string password, CancellationToken ct) =>
        (await CheckAsync(username, password, ct)).Principal;

    /// <summary>The principal, or why the sign-in failed (<see cref="SignInFailures"/>).</summary>
    public async Task<CredentialCheck> CheckAsync(string username, string password, CancellationToken ct)
    {
        var user = await users.FindAsync(username, ct);
        if (user is null || string.IsNullOrEmpty(user.PasswordHash))
        {
            hasher.VerifyHashedPassword(new UserEntity(), dummyHash.Value, password);
            return CredentialCheck.Failed(SignInFailures.UnknownUser);
        }
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
            return CredentialCheck.Failed(SignInFailures.WrongPassword);
        if (!user.Active)
            return CredentialCheck.Failed(SignInFailures.Inactive);
        return CredentialCheck.Succeeded(Principal(user));
    }

    public string HashPassword(UserEntity user, string password) => hasher.HashPassword(user, password);

    /// <summary>True when <paramref name="password"/> is the user's password.</summary>
    public bool Verify(UserEntity user, string password) =>
        !string.IsNullOrEmpty(user.PasswordHash) && hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

    private static ClaimsPrincipal Principal(UserEntity user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.Username),
            new(ClaimTypes.NameIdentifier, user.Username),
            new(BpmClaims.SecurityStamp, user.SecurityStamp),
        };
        if (!string.IsNullOrEmpty(user.DisplayName))
            claims.Add(new Claim(ClaimTypes.GivenName, user.DisplayName));
        claims.AddRange(RoleList.Parse(user.Roles).Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, BearerTokenDefaults.AuthenticationScheme));
    }
}
