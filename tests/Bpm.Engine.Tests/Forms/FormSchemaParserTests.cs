using System.Text;
using Bpm.Engine.Expressions;
using Bpm.Engine.Forms;

namespace Bpm.Engine.Tests.Forms;

/// <summary>The parser alone: what a valid form turns into and how each malformed one is reported.</summary>
public sealed class FormSchemaParserTests
{
    private static readonly FormSchemaParser Parser = new(new FeelEngine(TestClock.AtRealNow()));

    private static FormParseResult Parse(string json) => Parser.Parse("case.form", Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Nested_groups_and_dynamic_lists_are_walked_and_layout_components_carry_no_value()
    {
        var schema = Parse(FormModels.EveryRule("every")).Schema;
        Assert.NotNull(schema);
        Assert.Equal("every", schema.Id);
        Assert.Contains("flat", schema.Root.Fields.Keys);
        Assert.Equal(["city", "zip"], schema.Root.Scopes["address"].Fields.Keys);
        Assert.Equal(["item", "qty"], schema.Root.Fields["items"].Rows!.Fields.Keys);
        Assert.DoesNotContain(schema.Root.Fields.Values, f => f.Type is "text" or "button");
    }

    [Fact]
    public void Dotted_keys_nest_like_group_paths()
    {
        var schema = Parse(FormModels.Form("dotted", """{ "key": "party.name", "type": "textfield" }""", """{ "key": "party.id", "type": "textfield" }""")).Schema;
        Assert.Equal(["name", "id"], schema!.Root.Scopes["party"].Fields.Keys);
    }

    [Fact]
    public void Bad_json_is_reported_with_its_line()
    {
        var error = Assert.Single(Parse("{\n  \"id\": \"x\",\n  \"components\": [\n    { \"key\": \"a\" \"type\": \"textfield\" }\n  ]\n}").Errors);
        Assert.Equal(4, error.Line);
        Assert.Equal("case.form", error.ResourceName);
        Assert.Contains("不是有效的 JSON（第 4 行附近）", error.Message);
    }

    [Theory]
    [InlineData("""{ "type": "default", "components": [] }""", null, "没有 id")]
    [InlineData("""{ "id": "f", "components": [ { "id": "c1", "type": "textfield" } ] }""", "c1", "须有键（key")]
    [InlineData("""{ "id": "f", "components": [ { "key": "a", "type": "textfield" }, { "key": "a", "type": "number" } ] }""", "a", "被不止一个组件使用")]
    [InlineData("""{ "id": "f", "components": [ { "key": "a", "type": "textfield", "validate": { "requird": true } } ] }""", "a", "未知的校验规则「requird」")]
    [InlineData("""{ "id": "f", "components": [ { "key": "a", "type": "textfield", "validate": { "pattern": "([" } } ] }""", "a", "不是有效的正则表达式")]
    [InlineData("""{ "id": "f", "components": [ { "key": "a", "type": "number", "validate": { "min": "1" } } ] }""", "a", "须为数字")]
    [InlineData("""{ "id": "f", "components": [ { "key": "a", "type": "textfield", "validate": { "validationType": "iban" } } ] }""", "a", "validationType")]
    [InlineData("""{ "id": "f", "components": [ { "type": "group", "components": [ { "id": "inner", "type": "select" } ] } ] }""", "inner", "须有键（key")]
    [InlineData("""{ "id": "f", "components": [ { "id": "rows", "type": "dynamiclist", "components": [] } ] }""", "rows", "须有路径（path")]
    [InlineData("""{ "id": "f", "components": [ { "key": "a", "type": "textfield" }, { "type": "group", "path": "a", "components": [] } ] }""", "a", "既是字段又是字段组")]
    [InlineData("""{ "id": "f", "components": [ { "key": "a", "type": "textfield", "conditional": { "hide": "=a +" } } ] }""", "a", "不是有效的 FEEL")]
    [InlineData("""{ "id": "f", "components": [ { "key": "a", "type": "datetime", "subtype": "week" } ] }""", "a", "的子类型「week」未知")]
    public void A_malformed_form_names_the_component(string json, string? component, string message)
    {
        var errors = Parse(json).Errors;
        var error = Assert.Single(errors);
        Assert.Equal(component, error.ElementId);
        Assert.Contains(message, error.Message);
        Assert.Equal("case.form", error.ResourceName);
    }

    [Fact]
    public void A_component_error_carries_the_component_line()
    {
        var json = "{\n  \"id\": \"f\",\n  \"components\": [\n    { \"key\": \"ok\", \"type\": \"textfield\", \"values\": [ { \"label\": \"l\", \"value\": 1 } ] },\n"
            + "    { \"type\": \"group\", \"components\": [\n      { \"key\": \"bad\", \"type\": \"textfield\",\n        \"validate\": { \"size\": 3 } }\n    ] }\n  ]\n}";
        var error = Assert.Single(Parse(json).Errors);
        Assert.Equal("bad", error.ElementId);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var errors = Parse("""{ "id": "f", "components": [ { "type": "textfield" }, { "key": "b", "type": "textfield", "validate": { "x": 1 } } ] }""").Errors;
        Assert.Equal(2, errors.Count);
    }
}
