namespace Bpm.Engine.Invariants;

/// <summary>Rules a domain module registers (<see cref="InvariantServiceCollectionExtensions.AddBpmInvariants"/>); the
/// catalogue joins every set and refuses a rule id registered twice.</summary>
public sealed class InvariantRuleSet(IEnumerable<InvariantRule> rules)
{
    public IReadOnlyList<InvariantRule> Rules { get; } = rules.ToList();
}
