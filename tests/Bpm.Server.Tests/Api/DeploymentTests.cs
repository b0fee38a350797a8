using System.Net;
using System.Text;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

public abstract class DeploymentTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Deploy_one_file_returns_string_keys_and_the_process()
    {
        var id = UniqueProcessId("deploy");
        var result = await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id, "审查")));
        result["deploymentKey"].Key();
        var process = Assert.Single(result["processes"]!.AsArray())!.AsObject();
        process["processDefinitionKey"].Key();
        Assert.Equal(id, process["bpmnProcessId"]!.GetValue<string>());
        Assert.Equal(1, process["version"]!.GetValue<int>());
        Assert.Equal("审查", process["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deploy_many_files_in_one_deployment()
    {
        var (a, b) = (UniqueProcessId("many-a"), UniqueProcessId("many-b"));
        var result = await Client.DeployAsync(($"{a}.bpmn", TestModels.UserTaskProcess(a)), ($"{b}.bpmn", TestModels.UserTaskProcess(b)));
        var ids = result["processes"]!.AsArray().Select(p => p!["bpmnProcessId"]!.GetValue<string>()).Order().ToArray();
        Assert.Equal(new[] { a, b }.Order().ToArray(), ids);
    }

    [Fact]
    public async Task Deploy_changed_content_creates_the_next_version()
    {
        var id = UniqueProcessId("versions");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id, "first")));
        var second = await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id, "second")));
        Assert.Equal(2, second["processes"]![0]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Deploy_without_files_is_400_and_stores_nothing()
    {
        var before = await Client.CountStoredAsync();
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        await (await Client.PostAsync("/api/deployments", empty)).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.PostAsync("/api/deployments", new StringContent("<xml/>", Encoding.UTF8, "application/xml")))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await Client.CountStoredAsync());
    }

    [Fact]
    public async Task Deploy_malformed_xml_is_400_with_the_line_and_stores_nothing()
    {
        var before = await Client.CountStoredAsync();
        var response = await Client.DeployRawAsync(("broken.bpmn", TestModels.MalformedXml));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var error = Assert.Single(problem["errors"]!.AsArray())!.AsObject();
        Assert.True(error["line"]!.GetValue<int>() > 0);
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
        Assert.Equal("broken.bpmn", error["resourceName"]?.GetValue<string>());
        Assert.Equal(before, await Client.CountStoredAsync());
    }

    [Fact]
    public async Task Deploy_invalid_model_is_400_naming_the_element_and_a_valid_file_beside_it_is_not_stored()
    {
        var before = await Client.CountStoredAsync();
        var id = UniqueProcessId("beside");
        var response = await Client.DeployRawAsync(("dangling.bpmn", TestModels.DanglingFlow), ($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["elementId"]?.GetValue<string>() is "f1" or "nowhere");
        Assert.Equal(before, await Client.CountStoredAsync());
    }
}
