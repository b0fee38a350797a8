using System.Security.Claims;
using Bpm.Engine.Persistence.Entities;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;

namespace Bpm.Server.Auth;

/// <summary>Checks a username and password against the user directory and builds the signed-in principal.</summary>
public sealed class CredentialValidator(IUserDirectory users)
{
    private readonly PasswordHasher<UserEntity> hasher = new();

    public async Task<ClaimsPrincipal?> ValidateAsync(string username, string password, CancellationToken ct)
    {
        var user = await users.FindAsync(username, ct);
        if (user is null || !user.Active || string.IsNullOrEmpty(user.PasswordHash))
            return null;
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
            return null;

        var claims = new List<Claim> { new(ClaimTypes.Name, user.Username), new(ClaimTypes.NameIdentifier, user.Username) };
        if (!string.IsNullOrEmpty(user.DisplayName))
            claims.Add(new Claim(ClaimTypes.GivenName, user.DisplayName));
        claims.AddRange(RoleList.Parse(user.Roles).Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, BearerTokenDefaults.AuthenticationScheme));
    }

    public string HashPassword(UserEntity user, string password) => hasher.HashPassword(user, password);
}
