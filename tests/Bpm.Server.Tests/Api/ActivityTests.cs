using System.Net;
using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Api;

public abstract class ActivityTests(BpmServerFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Descriptors_are_an_array_without_clr_types()
    {
        var response = await Client.GetAsync("/api/activity-descriptors");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var descriptors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var types = descriptors.Select(d => d!["type"]!.GetValue<string>()).ToList();
        Assert.Contains("bpm:set-variables", types);
        Assert.Contains("bpm:fail", types);
        Assert.Equal("设置变量", descriptors.Single(d => d!["type"]!.GetValue<string>() == "bpm:set-variables")!["displayName"]!.GetValue<string>());
        foreach (var descriptor in descriptors.Select(d => d!.AsObject()))
        {
            Assert.False(string.IsNullOrEmpty(descriptor["type"]!.GetValue<string>()));
            Assert.NotNull(descriptor["displayName"]);
            Assert.NotNull(descriptor["category"]);
            Assert.Contains(descriptor["mode"]!.GetValue<string>(), new[] { "Job", "Inline" });
            Assert.False(descriptor.ContainsKey("implementationType"));
            foreach (var input in descriptor["inputs"]!.AsArray())
            {
                Assert.NotNull(input!["name"]);
                Assert.NotNull(input["valueKind"]);
                Assert.NotNull(input["required"]);
                Assert.False(input.AsObject().ContainsKey("clrType"));
            }
            Assert.NotNull(descriptor["outputs"]);
        }
    }

    [Fact]
    public async Task Element_templates_are_an_array_with_one_template_per_activity()
    {
        var descriptors = JsonNode.Parse(await Client.GetStringAsync("/api/activity-descriptors"))!.AsArray();
        var response = await Client.GetAsync("/api/element-templates");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var templates = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.NotEmpty(descriptors);
        // One per activity, then the message templates of the disclosure and filing exchanges.
        Assert.Equal(descriptors.Count, templates.Count(t => t!["id"]!.GetValue<string>().StartsWith("bpm.activity.", StringComparison.Ordinal)));
        Assert.Equal(Bpm.Activities.Filing.AgencyMessageTemplates.All().Count + Bpm.Activities.Messages.ApiMessageTemplates.All().Count,
            templates.Count(t => t!["id"]!.GetValue<string>().StartsWith(Bpm.Activities.Filing.AgencyMessageTemplates.IdPrefix, StringComparison.Ordinal)));
        Assert.Contains(templates, t => t!["id"]!.GetValue<string>() == "bpm.message.disclosure.publish.v1" && t["name"]!.GetValue<string>() == "公示发布");
        var setVariables = templates.Single(t => t!["id"]!.GetValue<string>() == "bpm.activity.bpm:set-variables")!;
        var typeBinding = setVariables["properties"]!.AsArray()
            .Single(p => p!["binding"]!["type"]!.GetValue<string>() == "zeebe:taskDefinition" && p["binding"]!["property"]!.GetValue<string>() == "type")!;
        Assert.Equal("bpm:set-variables", typeBinding["value"]!.GetValue<string>());
        foreach (var template in templates)
        {
            Assert.NotNull(template!["id"]);
            Assert.NotNull(template["name"]);
            Assert.NotNull(template["appliesTo"]);
            Assert.NotNull(template["properties"]);
        }
    }

    [Fact]
    public async Task Element_templates_include_the_enforcement_activities()
    {
        var templates = JsonNode.Parse(await Client.GetStringAsync("/api/element-templates"))!.AsArray();

        var enforcement = templates.Where(t => (string?)t!["category"]?["name"] == "执法业务")
            .ToDictionary(t => (string)t!["id"]!, t => (string)t!["name"]!);
        Assert.Equal("案件编号生成", enforcement["bpm.activity.bpm:case-number"]);
        Assert.Equal("重大处罚判定", enforcement["bpm.activity.bpm:major-decision-check"]);
        Assert.Equal("法定期限计算", enforcement["bpm.activity.bpm:statutory-deadline"]);
        Assert.Equal("加处罚款计算", enforcement["bpm.activity.bpm:late-payment-surcharge"]);
        Assert.Equal("执法人员资格校验", enforcement["bpm.activity.bpm:officer-qualification-check"]);
        Assert.Equal("案卷抽取", enforcement["bpm.activity.bpm:case-file-sampling"]);
    }
}
