using Bpm.Server.Auth.SignIn;
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

    private static async Task<IResult> IssueTokenAsync(HttpRequest request, SignInService signIn, CancellationToken ct)
    {
        if (await Integration.ClientCredentialsGrant.TryIssueAsync(request, ct) is { } clientToken) return clientToken;
        var body = await JsonBody.ReadObjectAsync(request, optional: false, ct);
        var username = JsonBody.RequiredString(body, "username");
        var password = JsonBody.RequiredString(body, "password");
        var outcome = await signIn.SignInAsync(username, password, ClientAddress.Of(request.HttpContext), ct);
        if (outcome.RetryAfter is { } wait)
            return SignInProblems.Throttled(request.HttpContext, wait);
        if (outcome.Principal is not { } principal)
            return SignInProblems.WrongCredentials();
        // The bearer token handler writes the access token response itself.
        return Results.SignIn(principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }
}
