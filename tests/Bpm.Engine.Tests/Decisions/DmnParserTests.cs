using System.Text;
using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Decisions.Parsing;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Tests.Decisions;

/// <summary>Problems in a DMN file are reported in Chinese naming the decision, the rule and the entry, with the line.</summary>
public sealed class DmnParserTests
{
    private const string Dmn13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    private static DmnParseResult Parse(string body, string ns = Dmn13) =>
        new DmnParser(new FeelEngine(TestClock.AtRealNow())).Parse("test.dmn",
            Encoding.UTF8.GetBytes($"<definitions xmlns=\"{ns}\" id=\"defs\" name=\"测试\" namespace=\"x\">\n{body}\n</definitions>"));

    private static string Table(string rules, string attributes = "", string output = """<output id="o" name="amount"/>""") => $"""
        <decision id="fine" name="罚款基准">
          <decisionTable id="t" {attributes}>
            <input id="i" label="情节"><inputExpression><text>severity</text></inputExpression></input>
            {output}
        {rules}
          </decisionTable>
        </decision>
        """;

    [Fact]
    public void A_bad_input_entry_names_the_decision_the_rule_the_entry_and_the_line()
    {
        var result = Parse(Table("""
                <rule id="r1"><inputEntry><text>"轻微"</text></inputEntry><outputEntry><text>0</text></outputEntry></rule>
                <rule id="r2"><inputEntry><text>[1..</text></inputEntry><outputEntry><text>100</text></outputEntry></rule>
            """));
        Assert.Null(result.Graph);
        var error = Assert.Single(result.Errors);
        Assert.Contains("决策 'fine'（罚款基准）", error.Message, StringComparison.Ordinal);
        Assert.Contains("规则 'r2'（第 2 条）第 1 个输入条目 \"[1..\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
        Assert.Contains("（第 7 行）", error.Message, StringComparison.Ordinal);
        Assert.Equal("fine", error.ElementId);
        Assert.Equal("test.dmn", error.ResourceName);
    }

    [Fact]
    public void A_bad_output_entry_is_reported_too()
    {
        var result = Parse(Table("""<rule id="r1"><inputEntry><text>-</text></inputEntry><outputEntry><text>1 +</text></outputEntry></rule>"""));
        Assert.Contains("规则 'r1'（第 1 条）第 1 个输出条目", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_with_the_wrong_number_of_entries_is_refused()
    {
        var result = Parse(Table("""<rule id="r1"><outputEntry><text>1</text></outputEntry></rule>"""));
        Assert.Contains("规则 'r1'（第 1 条）有 0 个输入条目，表有 1 个输入列", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hitPolicy=\"SOMETIMES\"", "命中策略 'SOMETIMES' 未知")]
    [InlineData("hitPolicy=\"FIRST\" aggregation=\"SUM\"", "只能用于命中策略 COLLECT")]
    [InlineData("hitPolicy=\"COLLECT\" aggregation=\"AVERAGE\"", "聚合 'AVERAGE' 未知")]
    [InlineData("hitPolicy=\"PRIORITY\"", "需要输出列的取值列表")]
    public void Table_level_problems_are_refused(string attributes, string expected)
    {
        var result = Parse(Table("""<rule id="r1"><inputEntry><text>-</text></inputEntry><outputEntry><text>1</text></outputEntry></rule>""", attributes));
        Assert.Contains(expected, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_outputs_need_names()
    {
        var result = Parse(Table("""<rule id="r1"><inputEntry><text>-</text></inputEntry><outputEntry><text>1</text></outputEntry><outputEntry><text>2</text></outputEntry></rule>""",
            output: """<output id="o1" name="amount"/><output id="o2" label="档次"/>"""));
        Assert.Contains("输出列 'o2' 没有", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirement_cycle_and_a_missing_required_decision_are_refused()
    {
        var result = Parse("""
            <decision id="a"><informationRequirement><requiredDecision href="#b"/></informationRequirement><literalExpression><text>b</text></literalExpression></decision>
            <decision id="b"><informationRequirement><requiredDecision href="#a"/></informationRequirement><literalExpression><text>a</text></literalExpression></decision>
            <decision id="c"><informationRequirement><requiredDecision href="#gone"/></informationRequirement><literalExpression><text>1</text></literalExpression></decision>
            """);
        Assert.Contains(result.Errors, e => e.Message.Contains("需要的决策 'gone' 不在本文件中", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("决策需求图有环：a → b → a", StringComparison.Ordinal));
    }

    [Fact]
    public void Not_dmn_and_not_xml_are_refused()
    {
        Assert.Contains("不是 DMN 1.2–1.5 模型", Assert.Single(Parse("<decision id=\"x\"/>", "http://www.omg.org/spec/DMN/20151101/dmn.xsd").Errors).Message, StringComparison.Ordinal);
        var broken = new DmnParser(new FeelEngine(TestClock.AtRealNow())).Parse("x.dmn", Encoding.UTF8.GetBytes("<definitions"));
        Assert.Contains("不是格式正确的 XML", Assert.Single(broken.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.omg.org/spec/DMN/20191111/MODEL/")]
    [InlineData("https://www.omg.org/spec/DMN/20211108/MODEL/")]
    [InlineData("https://www.omg.org/spec/DMN/20230324/MODEL/")]
    public void Dmn_13_to_15_are_read_with_rules_annotations_and_a_literal_decision(string ns)
    {
        var result = Parse(Table("""
                <annotation name="依据"/>
                <rule id="r1"><description>首次轻微</description><inputEntry><text>"轻微"</text></inputEntry><outputEntry><text>0</text></outputEntry><annotationEntry><text>《行政处罚法》第三十三条</text></annotationEntry></rule>
            """) + """
            <decision id="lit" name="字面量"><literalExpression><text>1 + 1</text></literalExpression></decision>
            """, ns);
        Assert.Empty(result.Errors);
        var table = Assert.IsType<DecisionTable>(result.Graph!.Decisions["fine"].Logic);
        Assert.Equal(HitPolicy.Unique, table.HitPolicy);
        var rule = Assert.Single(table.Rules);
        Assert.Equal("《行政处罚法》第三十三条", rule.Annotations["依据"]);
        Assert.Equal("首次轻微", rule.Description);
        Assert.IsType<LiteralExpressionLogic>(result.Graph.Decisions["lit"].Logic);
        Assert.Equal("defs", result.Graph.Id);
    }
}
