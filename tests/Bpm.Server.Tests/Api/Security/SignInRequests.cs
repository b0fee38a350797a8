using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Security;

/// <summary>Sign-in requests from a chosen client address (see <see cref="SecurityServerSetup.AddressHeader"/>).</summary>
public static class SignInRequests
{
    public static HttpRequestMessage Token(string username, string password, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { username, password }) };
        request.Headers.Add(SecurityServerSetup.AddressHeader, address);
        return request;
    }

    /// <summary>An address no other test uses, so that address locks of one test do not reach another.</summary>
    public static string UniqueAddress() => $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";
}
