using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Bpm.Engine.Persistence;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Auth.Tokens;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Tests.Api.Identity;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bpm.Server.Tests.Api.Security;

/// <summary>Tokens end when what they stand for changes: the user's security stamp is checked on every request.</summary>
public abstract class TokenRevocationTests(BpmServerFactory factory, FakeTimeProvider authClock) : IdentityApiTestBase(factory)
{
    [Fact]
    public async Task A_password_change_ends_the_old_token_and_the_new_password_signs_in()
    {
        var username = await CreateUserAsync();
        using var old = await Factory.CreateAuthenticatedClientAsync(username, Password);
        await ExpectOkAsync(old);

        await UpdateAsync(username, new { password = "N3w!password" });

        await ExpectRevokedAsync(old);
        using var renewed = await Factory.CreateAuthenticatedClientAsync(username, "N3w!password");
        await ExpectOkAsync(renewed);
    }

    [Fact]
    public async Task A_role_change_ends_the_old_token()
    {
        var username = await CreateUserAsync(roles: ["officer", "admin"]);
        using var old = await Factory.CreateAuthenticatedClientAsync(username, Password);
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync("/api/users")).StatusCode);

        await UpdateAsync(username, new { roles = new[] { "officer" } });

        await ExpectRevokedAsync(old);
    }

    [Fact]
    public async Task An_organisation_change_ends_the_old_token()
    {
        var username = await CreateUserAsync();
        using var old = await Factory.CreateAuthenticatedClientAsync(username, Password);

        await UpdateAsync(username, new { organisationId = "410100-SCJGJ" });

        await ExpectRevokedAsync(old);
    }

    [Fact]
    public async Task Deactivation_ends_the_old_token_and_refuses_sign_in()
    {
        var username = await CreateUserAsync();
        using var old = await Factory.CreateAuthenticatedClientAsync(username, Password);

        await UpdateAsync(username, new { active = false });

        await ExpectRevokedAsync(old);
        var signIn = await Factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { username, password = Password });
        await signIn.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_display_name_change_keeps_the_token()
    {
        var username = await CreateUserAsync();
        using var client = await Factory.CreateAuthenticatedClientAsync(username, Password);

        await UpdateAsync(username, new { displayName = "改名" });

        await ExpectOkAsync(client);
    }

    [Fact]
    public async Task A_change_made_on_another_node_ends_the_token_within_the_cache_age()
    {
        var username = await CreateUserAsync();
        using var client = await Factory.CreateAuthenticatedClientAsync(username, Password);
        await ExpectOkAsync(client);

        // Another node changed the stamp: this node's cache has not seen it yet.
        await using (var context = await Factory.Services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync())
            await context.Users.Where(u => u.Username == username).ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, "changed-elsewhere"));
        await ExpectOkAsync(client);

        authClock.Advance(SecurityStampCache.MaxAge);
        await ExpectRevokedAsync(client);
    }

    [Fact]
    public async Task The_token_of_a_user_who_no_longer_exists_is_401()
    {
        var username = await CreateUserAsync();
        using var client = await Factory.CreateAuthenticatedClientAsync(username, Password);

        await using (var context = await Factory.Services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync())
            await context.Users.Where(u => u.Username == username).ExecuteDeleteAsync();
        authClock.Advance(SecurityStampCache.MaxAge);

        await ExpectRevokedAsync(client);
    }

    [Fact]
    public async Task A_signed_token_without_a_stamp_is_401()
    {
        var username = await CreateUserAsync();
        using var client = ClientWithToken(new Claim(ClaimTypes.Name, username), new Claim(ClaimTypes.NameIdentifier, username));
        await ExpectRevokedAsync(client);
    }

    [Fact]
    public async Task An_integration_client_token_is_left_to_the_client_check()
    {
        // No user "disclosure-platform" exists and the token has no stamp: a person's token like it is 401. A client's passes
        // the user check and meets the route's policy instead (a person's route: 403 naming the rule).
        using var client = ClientWithToken(new Claim(ClaimTypes.Name, "disclosure-platform"), new Claim(BpmClaims.Client, "disclosure-platform"));
        var problem = await (await client.GetAsync("/api/me")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("person", problem["rule"]!.GetValue<string>());
    }

    private HttpClient ClientWithToken(params Claim[] claims)
    {
        var options = Factory.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(BearerTokenDefaults.AuthenticationScheme);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, BearerTokenDefaults.AuthenticationScheme)),
            new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) }, BearerTokenDefaults.AuthenticationScheme);
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.BearerTokenProtector.Protect(ticket));
        return client;
    }

    private async Task UpdateAsync(string username, object change) =>
        await (await Client.PutAsJsonAsync($"/api/users/{username}", change)).ReadJsonObjectAsync(HttpStatusCode.OK);

    private static async Task ExpectOkAsync(HttpClient client) =>
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);

    private static async Task ExpectRevokedAsync(HttpClient client) =>
        await (await client.GetAsync("/api/me")).ReadProblemAsync(HttpStatusCode.Unauthorized);
}
