namespace Bpm.Server.Discretion;

/// <summary>The decisions of one violation in one unit (the unit × violation table): the counts of
/// <see cref="DiscretionCount"/> for the pair, null keys as there (no violation chosen, no unit).</summary>
public sealed record DiscretionCell(string? Violation, string? Unit, int Decisions, int Within, int Above, int Below, int NotApplicable,
    int DeviationsReasoned)
{
    public static DiscretionCell Of(string? violation, string? unit, DiscretionCount count) => new(violation, unit, count.Decisions, count.Within,
        count.Above, count.Below, count.NotApplicable, count.DeviationsReasoned);
}
