using System.Text.Json.Nodes;
using Bpm.Engine.Decisions.Evaluation;
using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Decisions.Parsing;
using Bpm.Engine.Expressions;
using Bpm.Engine.Tests.Expressions;

namespace Bpm.Engine.Tests.Decisions;

/// <summary>The conformance suite: every case of Conformance/cases.json evaluates a decision of a DMN file there and
/// expects a result (and the matched rules' numbers) or an error containing a text.</summary>
public sealed class DecisionConformanceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Decisions", "Conformance");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "cases.json")))!.AsArray();
        for (var i = 0; i < cases.Count; i++)
            data.Add($"{i:D2} {cases[i]!["decision"]} {cases[i]!["variables"]!.ToJsonString()}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var index = int.Parse(name[..2], System.Globalization.CultureInfo.InvariantCulture);
        var test = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "cases.json")))!.AsArray()[index]!.AsObject();
        var graph = Load((string)test["file"]!);
        var variables = Variables.FromJson(test["variables"]!.ToJsonString());
        var decisionId = (string)test["decision"]!;

        if (test["error"] is { } error)
        {
            var refused = Assert.Throws<DecisionEvaluationException>(() => DecisionEvaluator.Evaluate(graph, decisionId, variables));
            Assert.Contains((string)error!, refused.Message, StringComparison.Ordinal);
            Assert.Equal(decisionId, refused.DecisionId);
            return;
        }
        var evaluation = DecisionEvaluator.Evaluate(graph, decisionId, variables);
        Assert.Equal(test["result"]?.ToJsonString() ?? "null", FeelValues.ToJson(evaluation.Result)?.ToJsonString() ?? "null");
        if (test["rules"] is JsonArray rules)
            Assert.Equal(rules.Select(r => (int)r!).ToArray(), evaluation.MatchedRules.Select(r => r.Index).ToArray());
    }

    [Fact]
    public void Every_file_of_the_suite_parses_and_every_hit_policy_is_covered()
    {
        var policies = Directory.GetFiles(Folder, "*.dmn").Select(f => Load(Path.GetFileName(f)))
            .SelectMany(g => g.Decisions.Values).Select(d => d.Logic).OfType<DecisionTable>()
            .Select(t => (t.HitPolicy, t.Aggregation)).ToHashSet();
        foreach (var policy in Enum.GetValues<HitPolicy>()) Assert.Contains(policy, policies.Select(p => p.HitPolicy));
        foreach (var aggregation in Enum.GetValues<CollectAggregation>()) Assert.Contains(aggregation, policies.Select(p => p.Aggregation));
    }

    [Fact]
    public void A_required_decision_is_evaluated_once_and_its_evaluation_is_kept()
    {
        var evaluation = DecisionEvaluator.Evaluate(Load("requirements.dmn"), "grade",
            Variables.FromJson("""{"severity": "一般", "firstOffence": false}"""));
        var finalFine = Assert.Single(evaluation.RequiredDecisions);
        Assert.Equal("finalFine", finalFine.DecisionId);
        Assert.Equal(5000m, finalFine.Result);
        Assert.Equal("baseFine", Assert.Single(finalFine.RequiredDecisions).DecisionId);
        Assert.Equal("5000", evaluation.Inputs.Single().Value?.ToString());
        var json = evaluation.ToJson();
        Assert.Equal("一般", (string?)json["result"]);
        Assert.Equal("grade_r2", (string?)json["matchedRules"]![0]!["ruleId"]);
    }

    [Fact]
    public void An_unknown_decision_id_is_refused_by_name()
    {
        var refused = Assert.Throws<DecisionEvaluationException>(() => DecisionEvaluator.Evaluate(Load("requirements.dmn"), "nope", Variables.None));
        Assert.Contains("'nope'", refused.Message, StringComparison.Ordinal);
    }

    private static DecisionGraph Load(string file)
    {
        var parsed = new DmnParser(new FeelEngine(TestClock.AtRealNow())).Parse(file, File.ReadAllBytes(Path.Combine(Folder, file)));
        Assert.Empty(parsed.Errors);
        return parsed.Graph!;
    }
}
