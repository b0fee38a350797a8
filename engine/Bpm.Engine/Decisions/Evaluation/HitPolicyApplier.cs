using Bpm.Engine.Decisions.Model;
using Bpm.Engine.Decisions.Parsing;
using Bpm.Engine.Expressions;
using Bpm.Engine.Expressions.Evaluation;

namespace Bpm.Engine.Decisions.Evaluation;

/// <summary>Turns the matched rules into the table's result as its hit policy says, refusing a violated policy by naming
/// the rules. Single-hit policies give one output (a value, or a context for several outputs); multi-hit policies a list
/// of them, or one aggregated value (COLLECT with SUM, MIN, MAX, COUNT).</summary>
internal sealed class HitPolicyApplier(DecisionModel decision, DecisionTable table, IFeelContext context, CancellationToken ct)
{
    private readonly string place = DmnPlace.Decision(decision.Id, decision.Name);

    public (object? Result, IReadOnlyList<MatchedRule> Hits) Apply(IReadOnlyList<MatchedRule> matched,
        Func<Dictionary<string, object?>?> defaults)
    {
        switch (table.HitPolicy)
        {
            case HitPolicy.Unique when matched.Count > 1:
                throw Violation($"命中策略 UNIQUE 要求至多一条规则匹配，但{Rules(matched)}同时匹配");
            case HitPolicy.Any when matched.Skip(1).FirstOrDefault(m => !SameOutputs(m, matched[0])) is { } different:
                throw Violation($"命中策略 ANY 要求匹配的规则输出相同，但{Rules([matched[0], different])}的输出不同");
            case HitPolicy.Unique or HitPolicy.Any or HitPolicy.First or HitPolicy.Priority:
                var hit = table.HitPolicy == HitPolicy.Priority ? ByPriority(matched).FirstOrDefault() : matched.FirstOrDefault();
                if (hit is null) return (defaults() is { } d ? Single(d) : null, []);
                return (Single(hit.Outputs), [hit]);
            case HitPolicy.Collect when table.Aggregation != CollectAggregation.None:
                return (Aggregate(matched), matched);
        }
        var hits = table.HitPolicy == HitPolicy.OutputOrder ? ByPriority(matched).ToList() : matched;
        if (hits.Count == 0 && defaults() is { } none) return (new[] { Single(none) }, []);
        return (hits.Select(h => Single(h.Outputs)).ToArray(), hits);
    }

    private object? Single(IReadOnlyDictionary<string, object?> outputs) =>
        table.Outputs.Count == 1 ? outputs.Values.First() : new OrderedDictionary<string, object?>(outputs);

    private static bool SameOutputs(MatchedRule a, MatchedRule b) =>
        a.Outputs.All(o => b.Outputs.TryGetValue(o.Key, out var other) && FeelComparison.Equal(o.Value, other) == true);

    /// <summary>Stable order by each output's rank in its output values list, first output first (unlisted values last).</summary>
    private IEnumerable<MatchedRule> ByPriority(IReadOnlyList<MatchedRule> matched) =>
        matched.Select(m => (Rule: m, Ranks: table.Outputs.Select(o => Rank(o, m.Outputs[TableEvaluation.OutputKey(o)])).ToArray()))
            .Order(Comparer<(MatchedRule Rule, int[] Ranks)>.Create((x, y) => CompareRanks(x.Ranks, y.Ranks)))
            .Select(x => x.Rule);

    private int Rank(DecisionOutput output, object? value)
    {
        if (output.OutputValues is not { } values) return 0;
        var index = values.IndexOfMatch(value, context, ct);
        return index < 0 ? int.MaxValue : index;
    }

    private static int CompareRanks(int[] x, int[] y)
    {
        for (var i = 0; i < x.Length; i++)
            if (x[i] != y[i]) return x[i].CompareTo(y[i]);
        return 0;
    }

    private object? Aggregate(IReadOnlyList<MatchedRule> matched)
    {
        var values = matched.Select(m => m.Outputs.Values.First()).Where(v => v is not null).ToList();
        if (table.Aggregation == CollectAggregation.Count) return (decimal)values.Count;
        if (values.Count == 0) return null;
        if (table.Aggregation == CollectAggregation.Sum)
        {
            if (values.FirstOrDefault(v => v is not decimal) is { } notNumber)
                throw Violation($"COLLECT SUM 只能对数字求和，但有输出是 {FeelFormatter.ToText(notNumber)}");
            return values.Sum(v => (decimal)v!);
        }
        var best = values[0];
        foreach (var value in values.Skip(1))
        {
            var order = FeelComparison.Compare(value, best)
                ?? throw Violation($"COLLECT {table.Aggregation.ToString().ToUpperInvariant()} 无法比较 {FeelFormatter.ToText(value)} 和 {FeelFormatter.ToText(best)}");
            if (table.Aggregation == CollectAggregation.Min ? order < 0 : order > 0) best = value;
        }
        return best;
    }

    private static string Rules(IEnumerable<MatchedRule> rules) =>
        string.Join("和", rules.Select(r => DmnPlace.Rule(r.RuleId, r.Index)));

    private DecisionEvaluationException Violation(string message) => new(decision.Id, $"{place}：{message}");
}
