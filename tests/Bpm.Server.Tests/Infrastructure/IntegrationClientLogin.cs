using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Bpm.Server.Tests.Infrastructure;

/// <summary>Integration clients for tests: created through the admin API, signed in with the OAuth2 client credentials grant.</summary>
public static class IntegrationClientLogin
{
    /// <summary>The secret of every demo integration client (Bpm:Demo:ClientSecret's default).</summary>
    public const string DemoSecret = "Demo-Client@2026";

    /// <summary>A new client of the organisation unit, created by the admin; returns an HTTP client sending its token.</summary>
    public static async Task<HttpClient> CreateIntegrationClientAsync(this BpmServerFactory factory, HttpClient admin,
        string organisationId = "410100-SCJGJ", string? clientId = null)
    {
        clientId ??= "test-" + Guid.NewGuid().ToString("N")[..12];
        var created = await (await admin.PostAsJsonAsync("/api/integration-clients", new { clientId, name = "测试集成客户端", organisationId }))
            .ReadJsonObjectAsync(HttpStatusCode.Created);
        return await factory.SignInClientAsync(clientId, created["clientSecret"]!.GetValue<string>());
    }

    /// <summary>An HTTP client sending the token the client credentials grant gives (form-encoded, as OAuth2 requires).</summary>
    public static async Task<HttpClient> SignInClientAsync(this BpmServerFactory factory, string clientId, string secret = DemoSecret)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        var token = (await response.ReadJsonObjectAsync(HttpStatusCode.OK))["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
