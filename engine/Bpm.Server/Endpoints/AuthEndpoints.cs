using Bpm.Server.Auth;
using Bpm.Server.Problems;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace Bpm.Server.Endpoints;

/// <summary><c>POST /api/auth/token {username,password}</c> → <c>{tokenType:"Bearer", accessToken, expiresIn, refreshToken}</c>.</summary>
public static class AuthEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", IssueTokenAsync).AllowAnonymous();
    }

    private static async Task<IResult> IssueTokenAsync(HttpRequest request, CredentialValidator credentials, CancellationToken ct)
    {
        if (await Integration.ClientCredentialsGrant.TryIssueAsync(request, ct) is { } clientToken) return clientToken;
        var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
        var username = JsonBody.RequiredString(body, "username");
        var password = JsonBody.RequiredString(body, "password");
        var principal = await credentials.ValidateAsync(username, password, ct);
        if (principal is null)
            return ApiProblems.Unauthorized("Wrong username or password.");
        // The bearer token handler writes the access token response itself.
        return Results.SignIn(principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }
}
