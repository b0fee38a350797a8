using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

/// <summary>What the web studio relies on: deployment dry runs, the caller's roles, deployment only for designers and
/// administrators, and the studio's pages served beside the API.</summary>
public abstract class StudioApiTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    private static string UnknownActivity(string id) => TestModels.Process(id, """
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="notify" />
        <bpmn:serviceTask id="notify"><bpmn:extensionElements><zeebe:taskDefinition type="no-such-activity" /></bpmn:extensionElements></bpmn:serviceTask>
        """);

    [Fact]
    public async Task Validation_of_a_valid_model_answers_its_processes_and_stores_nothing()
    {
        var before = await Client.CountStoredAsync();
        var id = UniqueProcessId("dry-run");

        var response = await PostFilesAsync(Client, "/api/deployments/validation", ($"{id}.bpmn", TestModels.UserTaskProcess(id, "审查")));

        var result = await response.ReadJsonObjectAsync(HttpStatusCode.OK);
        Assert.True(result["valid"]!.GetValue<bool>());
        Assert.Equal(id, result["processes"]![0]!["bpmnProcessId"]!.GetValue<string>());
        Assert.Equal(before, await Client.CountStoredAsync());
    }

    [Fact]
    public async Task Validation_of_an_invalid_model_answers_the_same_problem_as_a_rejected_deployment()
    {
        var id = UniqueProcessId("dry-bad");
        var file = ($"{id}.bpmn", UnknownActivity(id));

        var validated = await (await PostFilesAsync(Client, "/api/deployments/validation", file)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var deployed = await (await Client.DeployRawAsync(file)).ReadProblemAsync(HttpStatusCode.BadRequest);

        var error = Assert.Single(validated["errors"]!.AsArray())!;
        Assert.Equal("notify", error["elementId"]!.GetValue<string>());
        Assert.Contains("no-such-activity", error["message"]!.GetValue<string>());
        Assert.Equal(deployed["errors"]!.ToJsonString(), validated["errors"]!.ToJsonString());
    }

    [Fact]
    public async Task Validation_asked_for_a_report_answers_the_same_problems_with_200_and_stores_nothing()
    {
        var before = await Client.CountStoredAsync();
        var id = UniqueProcessId("dry-report");
        var bad = ($"{id}.bpmn", UnknownActivity(id));
        var good = ($"{id}-ok.bpmn", TestModels.UserTaskProcess($"{id}-ok", "审查"));

        var report = await (await PostFilesAsync(Client, "/api/deployments/validation?report=true", bad)).ReadJsonObjectAsync(HttpStatusCode.OK);
        var rejected = await (await PostFilesAsync(Client, "/api/deployments/validation", bad)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var clean = await (await PostFilesAsync(Client, "/api/deployments/validation?report=true", good)).ReadJsonObjectAsync(HttpStatusCode.OK);

        Assert.False(report["valid"]!.GetValue<bool>());
        var error = Assert.Single(report["errors"]!.AsArray())!;
        Assert.Equal("notify", error["elementId"]!.GetValue<string>());
        Assert.Equal(rejected["errors"]!.ToJsonString(), report["errors"]!.ToJsonString());
        Assert.True(clean["valid"]!.GetValue<bool>());
        Assert.Empty(clean["errors"]!.AsArray());
        Assert.Equal(before, await Client.CountStoredAsync());
    }

    [Fact]
    public async Task Validation_without_files_names_the_field()
    {
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        var problem = await (await Client.PostAsync("/api/deployments/validation", empty)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("resources", problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Me_answers_the_callers_name_and_roles()
    {
        await PeopleServerSetup.SeedUsersAsync(Factory.Services);
        using var officer = await Factory.CreateAuthenticatedClientAsync("officer1", TestPeopleDirectory.Password);

        var me = await officer.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/me");
        var admin = await Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/me");

        Assert.Equal("officer1", me!["username"]!.GetValue<string>());
        Assert.Equal(["officer"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains("admin", admin!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_designers_and_administrators_deploy_or_validate()
    {
        await PeopleServerSetup.SeedUsersAsync(Factory.Services);
        using var officer = await Factory.CreateAuthenticatedClientAsync("officer1", TestPeopleDirectory.Password);
        var id = UniqueProcessId("officer-deploy");
        var file = ($"{id}.bpmn", TestModels.UserTaskProcess(id));

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.DeployRawAsync(file)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostFilesAsync(officer, "/api/deployments/validation", file)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostFilesAsync(officer, "/api/deployments/validation?report=true", file)).StatusCode);
        Assert.Empty(await Client.GetItemsAsync($"/api/process-definitions?bpmnProcessId={id}"));
    }

    [Fact]
    public async Task Client_routes_get_the_studio_page_and_unknown_api_routes_stay_problems()
    {
        using var anonymous = Factory.CreateClient();

        var page = await anonymous.GetAsync("/designer");
        var api = await Client.GetAsync("/api/no-such-route");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<div id=\"app\">", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Api_and_studio_responses_are_compressed_when_the_client_accepts_it_and_tokens_never(string encoding)
    {
        using var anonymous = Factory.CreateClient();
        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, "/designer");
        pageRequest.Headers.AcceptEncoding.ParseAdd(encoding);
        using var apiRequest = new HttpRequestMessage(HttpMethod.Get, "/api/process-definitions");
        apiRequest.Headers.AcceptEncoding.ParseAdd(encoding);
        using var plainRequest = new HttpRequestMessage(HttpMethod.Get, "/api/process-definitions");

        using var page = await anonymous.SendAsync(pageRequest);
        using var api = await Client.SendAsync(apiRequest);
        using var plain = await Client.SendAsync(plainRequest);
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token")
        {
            Content = JsonContent.Create(new { username = "admin", password = "admin" }),
        };
        tokenRequest.Headers.AcceptEncoding.ParseAdd(encoding);
        using var token = await anonymous.SendAsync(tokenRequest);

        Assert.Equal(encoding, Assert.Single(api.Content.Headers.ContentEncoding));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Empty(token.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(encoding, Assert.Single(page.Content.Headers.ContentEncoding));
    }

    private static Task<HttpResponseMessage> PostFilesAsync(HttpClient client, string url, params (string Name, string Xml)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, xml) in files)
            form.Add(new StringContent(xml), "resources", name);
        return client.PostAsync(url, form);
    }
}
