using Bpm.Engine.Expressions;

namespace Bpm.Engine.Invariants;

/// <summary>Every registered <see cref="InvariantRule"/> by id, its condition compiled once. A duplicate id or a condition
/// that does not parse stops the host at start-up (the first resolution), not at the first completion.</summary>
public sealed class InvariantCatalogue
{
    private readonly Dictionary<string, (InvariantRule Rule, FeelExpression Condition)> rules = new(StringComparer.Ordinal);

    public InvariantCatalogue(IEnumerable<InvariantRuleSet> sets, FeelEngine feel)
    {
        foreach (var rule in sets.SelectMany(s => s.Rules))
        {
            if (!rule.Condition.TrimStart().StartsWith('='))
                throw new InvalidOperationException($"invariant '{rule.Id}': the condition must be a FEEL expression starting with '='");
            if (!rules.TryAdd(rule.Id, (rule, feel.Parse(rule.Condition))))
                throw new InvalidOperationException($"invariant '{rule.Id}' is registered twice");
        }
    }

    public bool Contains(string id) => rules.ContainsKey(id);

    internal (InvariantRule Rule, FeelExpression Condition) Get(string id) =>
        rules.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"invariant '{id}' is not registered");
}
