namespace Bpm.Server.Discretion;

/// <summary>The decisions of one violation (or one unit): how many, and how many lay within, above or below the benchmark's
/// range, how many had no range to compare with, and how many of the deviations were reasoned.</summary>
public sealed record DiscretionCount(string? Key, int Decisions, int Within, int Above, int Below, int NotApplicable, int DeviationsReasoned)
{
    public static DiscretionCount Of(string? key, IReadOnlyCollection<DecidedPenalty> decisions) => new(key, decisions.Count,
        decisions.Count(d => d.Position == DiscretionPosition.Within),
        decisions.Count(d => d.Position == DiscretionPosition.Above),
        decisions.Count(d => d.Position == DiscretionPosition.Below),
        decisions.Count(d => d.Position == DiscretionPosition.NotApplicable),
        decisions.Count(d => d.Reasoned));
}
