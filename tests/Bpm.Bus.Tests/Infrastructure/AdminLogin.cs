using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bpm.Bus.Tests.Infrastructure;

/// <summary>Logs a client in as the seeded admin (admin/admin).</summary>
public static class AdminLogin
{
    /// <summary>Gets the admin's token and makes the client send it as its bearer token; returns the client.</summary>
    public static async Task<HttpClient> AsAdminAsync(this HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "admin" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
