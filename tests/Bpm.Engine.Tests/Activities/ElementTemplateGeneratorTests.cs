using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities;

public sealed class ElementTemplateGeneratorTests
{
    private static readonly JsonObject Template = ElementTemplateGenerator.Generate(ActivityDescriptorBuilder.Build<SampleActivity>());

    private static JsonArray Properties => Template["properties"]!.AsArray();

    private static JsonObject Property(string bindingType, string key, string value) =>
        Properties.Select(p => p!.AsObject())
            .Single(p => (string?)p["binding"]!["type"] == bindingType && (string?)p["binding"]![key] == value);

    [Fact]
    public void Header_follows_the_zeebe_template_schema()
    {
        Assert.Equal("https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json", (string?)Template["$schema"]);
        Assert.Equal("示例", (string?)Template["name"]);
        Assert.Equal("bpm.activity.test:sample", (string?)Template["id"]);
        Assert.Equal(1, (int?)Template["version"]);
        Assert.Equal("示例活动", (string?)Template["description"]);
        Assert.Equal("测试", (string?)Template["category"]!["name"]);
        Assert.NotNull((string?)Template["category"]!["id"]);
        Assert.Equal(["bpmn:Task"], Template["appliesTo"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("bpmn:ServiceTask", (string?)Template["elementType"]!["value"]);
        Assert.Equal(["输入", "输出", "重试"], Template["groups"]!.AsArray().Select(g => (string?)g!["label"]));
    }

    [Fact]
    public void Task_type_is_a_hidden_task_definition_property()
    {
        var type = Property("zeebe:taskDefinition", "property", "type");

        Assert.Equal("Hidden", (string?)type["type"]);
        Assert.Equal("test:sample", (string?)type["value"]);
    }

    [Fact]
    public void Retries_default_to_three()
    {
        var retries = Property("zeebe:taskDefinition", "property", "retries");

        Assert.Equal("String", (string?)retries["type"]);
        Assert.Equal("3", (string?)retries["value"]);
        Assert.Equal("retries", (string?)retries["group"]);
    }

    [Fact]
    public void A_required_string_input_is_a_feel_optional_string_that_must_not_be_empty()
    {
        var name = Property("zeebe:input", "name", "name");

        Assert.Equal("姓名", (string?)name["label"]);
        Assert.Equal("当事人姓名", (string?)name["description"]);
        Assert.Equal("String", (string?)name["type"]);
        Assert.Equal("optional", (string?)name["feel"]);
        Assert.Equal("input", (string?)name["group"]);
        Assert.True((bool?)name["constraints"]!["notEmpty"]);
        Assert.Null(name["optional"]);
    }

    [Fact]
    public void Inputs_map_kinds_to_template_types_and_defaults_to_values()
    {
        var amount = Property("zeebe:input", "name", "amount");
        Assert.Equal("Number", (string?)amount["type"]);
        Assert.Equal("=amount", (string?)amount["value"]);
        Assert.Null(amount["optional"]);
        Assert.Null(amount["constraints"]);

        Assert.Equal(2m, (decimal?)Property("zeebe:input", "name", "count")["value"]);
        Assert.Equal("Boolean", (string?)Property("zeebe:input", "name", "enabled")["type"]);
        Assert.Equal("String", (string?)Property("zeebe:input", "name", "due")["type"]);

        var payload = Property("zeebe:input", "name", "payload");
        Assert.Equal("Text", (string?)payload["type"]);
        Assert.Equal("required", (string?)payload["feel"]);
        Assert.Equal("required", (string?)Property("zeebe:input", "name", "items")["feel"]);
    }

    [Fact]
    public void Outputs_map_the_result_to_a_variable_of_the_users_choice()
    {
        var greeting = Property("zeebe:output", "source", "=greeting");

        Assert.Equal("问候", (string?)greeting["label"]);
        Assert.Equal("String", (string?)greeting["type"]);
        Assert.Equal("greeting", (string?)greeting["value"]);
        Assert.Equal("output", (string?)greeting["group"]);
    }

    [Fact]
    public void Properties_are_hidden_type_inputs_outputs_then_retries()
    {
        var descriptor = ActivityDescriptorBuilder.Build<SampleActivity>();

        Assert.Equal(1 + descriptor.Inputs.Count + descriptor.Outputs.Count + 1, Properties.Count);
        Assert.Equal("Hidden", (string?)Properties[0]!["type"]);
        Assert.Equal("retries", (string?)Properties[^1]!["binding"]!["property"]);
    }

    [Fact]
    public void The_icon_is_carried_over()
    {
        var template = ElementTemplateGenerator.Generate(ActivityDescriptorBuilder.Build<IconActivity>());

        Assert.Equal(IconActivity.Icon, (string?)template["icon"]!["contents"]);
        Assert.Null(Template["icon"]);
    }

    [Fact]
    public void An_activity_without_inputs_or_outputs_only_has_the_retries_group()
    {
        var template = ElementTemplateGenerator.Generate(ActivityDescriptorBuilder.Build<HangingActivity>());

        Assert.Equal(["retries"], template["groups"]!.AsArray().Select(g => (string?)g!["id"]));
    }

    [Fact]
    public void The_registry_gives_one_template_per_activity_with_unique_ids()
    {
        using var services = ActivityTestHost.Build(s => s.AddBpmActivities(BpmActivitiesAssembly.Assembly));
        var registry = services.GetRequiredService<IActivityRegistry>();

        var templates = ElementTemplateGenerator.Generate(registry);

        Assert.Equal(registry.All.Count, templates.Count);
        Assert.Equal(templates.Count, templates.Select(t => (string?)t!["id"]).Distinct().Count());
        Assert.Contains(templates, t => (string?)t!["name"] == "写入日志");
        // The whole array serializes (what the designer downloads).
        Assert.StartsWith("[", templates.ToJsonString());
    }

    [Theory]
    [InlineData("bpm:case-number", "案件编号生成")]
    [InlineData("bpm:major-decision-check", "重大处罚判定")]
    [InlineData("bpm:statutory-deadline", "法定期限计算")]
    [InlineData("bpm:late-payment-surcharge", "加处罚款计算")]
    [InlineData("bpm:officer-qualification-check", "执法人员资格校验")]
    [InlineData("bpm:case-file-sampling", "案卷抽取")]
    public void Enforcement_activities_have_templates_labelled_in_Chinese(string type, string name)
    {
        using var services = ActivityTestHost.Build(s => s.AddBpmActivities(BpmActivitiesAssembly.Assembly));
        var template = ElementTemplateGenerator.Generate(services.GetRequiredService<IActivityRegistry>().Find(type)!);

        Assert.Equal(name, (string?)template["name"]);
        Assert.Equal("执法业务", (string?)template["category"]!["name"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)template["description"]));
        var properties = template["properties"]!.AsArray().Select(p => p!.AsObject())
            .Where(p => ((string?)p["id"] ?? "").StartsWith("input.", StringComparison.Ordinal) || ((string?)p["id"] ?? "").StartsWith("output.", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(properties, p => ((string)p["id"]!).StartsWith("input.", StringComparison.Ordinal));
        Assert.Contains(properties, p => ((string)p["id"]!).StartsWith("output.", StringComparison.Ordinal));
        Assert.All(properties, p => Assert.Contains((string)p["label"]!, c => c >= '\u4e00' && c <= '\u9fff'));
    }
}
