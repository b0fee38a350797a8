using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Decisions.Parsing;
using Bpm.Engine.Expressions;
using Bpm.Engine.Expressions.Evaluation;

namespace Bpm.Engine.Decisions.Evaluation;

/// <summary>One evaluation of a decision table: input values, matching rules, their outputs, then the hit policy.</summary>
internal sealed class TableEvaluation(DecisionModel decision, DecisionTable table, IFeelContext context, CancellationToken ct)
{
    private readonly string place = DmnPlace.Decision(decision.Id, decision.Name);

    public DecisionEvaluation Run(IReadOnlyList<DecisionEvaluation> required)
    {
        var inputs = table.Inputs.Select(EvaluateInput).ToList();
        var matched = new List<MatchedRule>();
        foreach (var rule in table.Rules)
        {
            var matches = true;
            for (var i = 0; i < inputs.Count && matches; i++)
                matches = DecisionEvaluator.Cell(decision, $"{DmnPlace.Rule(rule.Id, rule.Index)}第 {i + 1} 个输入条目",
                    () => rule.InputEntries[i].Matches(inputs[i].Value, context, ct));
            if (!matches) continue;
            matched.Add(new MatchedRule(rule.Id, rule.Index, Outputs(rule), rule.Annotations));
            if (table.HitPolicy == HitPolicy.First) break;
        }
        var (result, hits) = new HitPolicyApplier(decision, table, context, ct).Apply(matched, DefaultOutputs);
        return new DecisionEvaluation(decision.Id, decision.Name, result, inputs, hits, required);
    }

    private EvaluatedInput EvaluateInput(DecisionInput input)
    {
        var value = FeelValues.Normalize(DecisionEvaluator.Cell(decision, $"输入列 '{input.Label}' 的表达式", () => input.Expression.Evaluate(context, ct)));
        if (value is not null && input.InputValues is { } allowed && !allowed.Matches(value, context, ct))
            throw new DecisionEvaluationException(decision.Id,
                $"{place}：输入列 '{input.Label}' 的值 {FeelFormatter.ToText(value)} 不在取值列表 {allowed.Source} 中");
        return new EvaluatedInput(input.Id, input.Label, value);
    }

    private Dictionary<string, object?> Outputs(DecisionRule rule)
    {
        var outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < table.Outputs.Count; i++)
        {
            var output = table.Outputs[i];
            var entry = rule.OutputEntries[i];
            var value = entry is null ? null : FeelValues.Normalize(DecisionEvaluator.Cell(decision,
                $"{DmnPlace.Rule(rule.Id, rule.Index)}第 {i + 1} 个输出条目", () => entry.Evaluate(context, ct)));
            if (value is not null && output.OutputValues is { } allowed && !allowed.Matches(value, context, ct))
                throw new DecisionEvaluationException(decision.Id,
                    $"{place}：{DmnPlace.Rule(rule.Id, rule.Index)}输出列 '{output.Label}' 的值 {FeelFormatter.ToText(value)} 不在取值列表 {allowed.Source} 中");
            outputs[OutputKey(output)] = value;
        }
        return outputs;
    }

    /// <summary>The outputs' default values when no rule matched; null when no output has one.</summary>
    private Dictionary<string, object?>? DefaultOutputs()
    {
        if (table.Outputs.All(o => o.Default is null)) return null;
        return table.Outputs.ToDictionary(OutputKey, o => o.Default is { } d
            ? FeelValues.Normalize(DecisionEvaluator.Cell(decision, $"输出列 '{o.Label}' 的默认值", () => d.Evaluate(context, ct)))
            : null);
    }

    public static string OutputKey(DecisionOutput output) => output.Name.Length > 0 ? output.Name : output.Label;
}
