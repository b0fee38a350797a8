using System.Text.Json.Nodes;
using System.Text;
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

    [Fact]
    public async Task Xml_download_is_byte_for_byte_the_upload_including_diagram_interchange()
    {
        var id = UniqueProcessId("di");
        var text = string.Join("\r\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\"",
            "    xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" id=\"d\" targetNamespace=\"t\">",
            $"  <bpmn:process id=\"{id}\" name=\"案件 &amp; 图\" isExecutable=\"true\">",
            "    <bpmn:startEvent id=\"s\" />\t<!-- a comment the designer left -->",
            "    <bpmn:endEvent id=\"e\" />",
            "    <bpmn:sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"e\" />",
            "  </bpmn:process>",
            "  <bpmndi:BPMNDiagram id=\"dia\">",
            $"    <bpmndi:BPMNPlane id=\"plane\" bpmnElement=\"{id}\">",
            "      <bpmndi:BPMNShape id=\"s_di\" bpmnElement=\"s\"><dc:Bounds x=\"152\" y=\"82\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>",
            "      <bpmndi:BPMNShape id=\"e_di\" bpmnElement=\"e\"><dc:Bounds x=\"252.5\" y=\"82\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>",
            "      <bpmndi:BPMNEdge id=\"f_di\" bpmnElement=\"f\"><di:waypoint x=\"188\" y=\"100\" /><di:waypoint x=\"252.5\" y=\"100\" /></bpmndi:BPMNEdge>",
            "    </bpmndi:BPMNPlane>",
            "  </bpmndi:BPMNDiagram>",
            "</bpmn:definitions>",
            "");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "resources", $"{id}.bpmn" } };
        var deployed = JsonNode.Parse(await (await Client.PostAsync("/api/deployments", form)).Content.ReadAsStringAsync())!;
        var key = deployed["processes"]![0]!["processDefinitionKey"]!.GetValue<string>();

        var downloaded = await Client.GetByteArrayAsync($"/api/process-definitions/{key}/xml");

        Assert.Equal(bytes, downloaded);
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
