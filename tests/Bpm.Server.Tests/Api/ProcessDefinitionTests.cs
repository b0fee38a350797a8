using System.Net;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

public abstract class ProcessDefinitionTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task List_filters_by_bpmn_process_id()
    {
        var id = UniqueProcessId("list");
        await Client.DeployAsync(($"{id}.bpmn", TestModels.UserTaskProcess(id)));
        var items = await Client.GetItemsAsync($"/api/process-definitions?bpmnProcessId={id}");
        var definition = Assert.Single(items)!.AsObject();
        Assert.Equal(id, definition["bpmnProcessId"]!.GetValue<string>());
        definition["processDefinitionKey"].Key();
        Assert.Empty(await Client.GetItemsAsync("/api/process-definitions?bpmnProcessId=no-such-process"));
    }

    [Fact]
    public async Task Get_by_key_and_xml_return_what_was_deployed()
    {
        var id = UniqueProcessId("get");
        var xml = TestModels.UserTaskProcess(id, "取证");
        var deployed = await Client.DeployAsync(($"{id}.bpmn", xml));
        var key = deployed["processes"]![0]!["processDefinitionKey"].Key();

        var definition = await Client.GetObjectAsync($"/api/process-definitions/{key}");
        Assert.Equal(key, definition["processDefinitionKey"].Key());
        Assert.Equal("取证", definition["name"]!.GetValue<string>());

        var response = await Client.GetAsync($"/api/process-definitions/{key}/xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(xml, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/process-definitions/987654321987")]
    [InlineData("/api/process-definitions/987654321987/xml")]
    public async Task Unknown_key_is_404(string url) =>
        await (await Client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);

    [Theory]
    [InlineData("/api/process-definitions/abc")]
    [InlineData("/api/process-definitions/-5/xml")]
    [InlineData("/api/process-definitions/99999999999999999999999")]
    public async Task Non_numeric_key_is_400(string url) =>
        await (await Client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.BadRequest);
}
