using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Security;

/// <summary>Every response carries the security headers: API answers (successes, errors, 401s), the studio's files, its
/// client routes (<c>/public</c>) and the health check.</summary>
public abstract class SecurityHeadersTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK, false)]
    [InlineData("/public", HttpStatusCode.OK, false)]
    [InlineData("/designer/some-client-route", HttpStatusCode.OK, false)]
    [InlineData(StudioFolder.AssetPath, HttpStatusCode.OK, false)]
    [InlineData("/health", HttpStatusCode.OK, false)]
    [InlineData("/api/process-definitions", HttpStatusCode.Unauthorized, true)]
    [InlineData("/api/public/disclosures", HttpStatusCode.OK, true)]
    [InlineData("/api/no-such-route", HttpStatusCode.Unauthorized, true)]
    public async Task Anonymous_responses_carry_the_headers(string url, HttpStatusCode status, bool api)
    {
        var response = await Factory.CreateClient().GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        ExpectHeaders(response, api);
    }

    [Fact]
    public async Task Signed_in_answers_errors_and_the_sign_in_carry_the_headers()
    {
        ExpectHeaders(await Client.GetAsync("/api/process-definitions"), api: true);
        ExpectHeaders(await Client.GetAsync("/api/no-such-route"), api: true);
        ExpectHeaders(await Client.GetAsync("/api/process-instances/abc"), api: true);
        ExpectHeaders(await Factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "admin" }), api: true);
    }

    private static void ExpectHeaders(HttpResponseMessage response, bool api)
    {
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy);
        if (api)
        {
            Assert.StartsWith("default-src 'none'", policy);
        }
        else
        {
            Assert.Contains("script-src 'self';", policy);
            Assert.Contains("object-src 'none'", policy);
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single()
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.Single()
        : throw new Xunit.Sdk.XunitException($"{name} missing on {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
}
