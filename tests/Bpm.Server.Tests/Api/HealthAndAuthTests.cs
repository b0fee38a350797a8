using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

public abstract class HealthAndAuthTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Health_without_token_is_healthy()
    {
        var response = await Factory.CreateClient().GetAsync("/health");
        var body = await response.ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_for_admin_is_a_bearer_token_that_opens_the_api()
    {
        var anonymous = Factory.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "admin" });
        var token = await response.ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.Equal("Bearer", token["tokenType"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(token["accessToken"]!.GetValue<string>()));
        Assert.Equal(8 * 3600, token["expiresIn"]!.GetValue<long>());

        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["accessToken"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/process-definitions")).StatusCode);
    }

    [Theory]
    [InlineData("admin", "wrong")]
    [InlineData("nobody", "admin")]
    public async Task Token_with_wrong_credentials_is_401(string username, string password)
    {
        var response = await Factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { username, password });
        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_with_malformed_json_is_400()
    {
        var response = await Factory.CreateClient().PostAsync("/api/auth/token",
            new StringContent("{\"username\": \"admin\",", Encoding.UTF8, "application/json"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/process-definitions")]
    [InlineData("/api/process-instances")]
    [InlineData("/api/user-tasks")]
    [InlineData("/api/incidents")]
    [InlineData("/api/activity-descriptors")]
    [InlineData("/api/element-templates")]
    [InlineData("/api/no-such-route")]
    public async Task Api_without_token_is_401(string url)
    {
        var response = await Factory.CreateClient().GetAsync(url);
        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_with_forged_token_is_401()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        await (await client.GetAsync("/api/process-definitions")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Unknown_api_route_is_404_problem()
    {
        await (await Client.GetAsync("/api/no-such-route")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PostAsync("/api/process-instances/1/unknown-action", null)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Public_routes_need_no_token()
    {
        var response = await Factory.CreateClient().GetAsync("/api/public/no-such-page");
        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Startup_deployed_the_workflows_folder()
    {
        var items = await Client.GetItemsAsync($"/api/process-definitions?bpmnProcessId={BpmServerFactory.StartupProcessId}");
        var definition = Assert.Single(items)!.AsObject();
        Assert.Equal(1, definition["version"]!.GetValue<int>());
    }
}
