using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Decisions.Evaluation;

/// <summary>What evaluating one decision gave: its result (a FEEL value: a single value, a context, a list or null as the
/// hit policy says), the inputs, the rules that matched and the evaluations of the decisions it required.</summary>
public sealed record DecisionEvaluation(string DecisionId, string DecisionName, object? Result, IReadOnlyList<EvaluatedInput> Inputs,
    IReadOnlyList<MatchedRule> MatchedRules, IReadOnlyList<DecisionEvaluation> RequiredDecisions)
{
    /// <summary>The evaluation as a JSON record (for the instance history and the API).</summary>
    public JsonObject ToJson() => new()
    {
        ["decisionId"] = DecisionId,
        ["decisionName"] = DecisionName,
        ["result"] = FeelValues.ToJson(Result),
        ["inputs"] = new JsonArray(Inputs.Select(i => (JsonNode)new JsonObject
        {
            ["id"] = i.Id, ["label"] = i.Label, ["value"] = FeelValues.ToJson(i.Value),
        }).ToArray()),
        ["matchedRules"] = new JsonArray(MatchedRules.Select(r => (JsonNode)MatchedRuleJson(r)).ToArray()),
        ["requiredDecisions"] = new JsonArray(RequiredDecisions.Select(d => (JsonNode)d.ToJson()).ToArray()),
    };

    public static JsonObject MatchedRuleJson(MatchedRule rule)
    {
        var outputs = new JsonObject();
        foreach (var (name, value) in rule.Outputs) outputs[name] = FeelValues.ToJson(value);
        var annotations = new JsonObject();
        foreach (var (name, text) in rule.Annotations) annotations[name] = text;
        return new JsonObject { ["ruleId"] = rule.RuleId, ["index"] = rule.Index, ["outputs"] = outputs, ["annotations"] = annotations };
    }
}
