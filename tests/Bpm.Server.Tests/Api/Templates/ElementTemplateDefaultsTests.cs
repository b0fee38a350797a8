using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api.Templates;

/// <summary>Every element template of GET /api/element-templates, placed from the palette with its own defaults, deploys
/// through POST /api/deployments.</summary>
public abstract class ElementTemplateDefaultsTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Every_template_placed_with_its_defaults_deploys()
    {
        var templates = JsonNode.Parse(await Client.GetStringAsync("/api/element-templates"))!.AsArray().Select(t => t!.AsObject()).ToList();
        Assert.True(templates.Count >= 27, $"{templates.Count} templates");

        var refused = new List<string>();
        foreach (var template in templates)
        {
            var id = UniqueProcessId("template");
            var response = await Client.DeployRawAsync(($"{id}.bpmn", TemplateDefaultElement.Process(id, template)));
            if (response.StatusCode != HttpStatusCode.OK)
                refused.Add($"{template["id"]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.True(refused.Count == 0, string.Join(Environment.NewLine, refused));
    }

    [Fact]
    public async Task The_default_element_carries_the_template_binding_and_its_defaults()
    {
        var templates = JsonNode.Parse(await Client.GetStringAsync("/api/element-templates"))!.AsArray();
        var caseNumber = templates.Single(t => (string?)t!["id"] == "bpm.activity.bpm:case-number")!.AsObject();

        var xml = TemplateDefaultElement.Process("p", caseNumber);

        Assert.Contains("zeebe:modelerTemplate=\"bpm.activity.bpm:case-number\"", xml, StringComparison.Ordinal);
        Assert.Contains("<zeebe:taskDefinition type=\"bpm:case-number\" retries=\"3\" />", xml, StringComparison.Ordinal);
        Assert.Contains("<zeebe:input target=\"agencyCode\" />", xml, StringComparison.Ordinal);
        Assert.Contains("<zeebe:output source=\"=caseNumber\" target=\"caseNumber\" />", xml, StringComparison.Ordinal);
    }
}
