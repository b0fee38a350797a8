namespace Bpm.Server.Discretion;

/// <summary>The decisions of one violation (or one unit): how many, and how many lay within, above or below the benchmark's
/// range, how many had no range to compare with, and how many of the deviations were reasoned.</summary>
public sealed record DiscretionCount(string? Key, int Decisions, int Within, int Above, int Below, int NotApplicable, int DeviationsReasoned)
{
    public static DiscretionCount Of(string? key, IReadOnlyCollection<DiscretionTally> tallies) => new(key, tallies.Sum(t => t.Decisions),
        At(tallies, DiscretionPosition.Within),
        At(tallies, DiscretionPosition.Above),
        At(tallies, DiscretionPosition.Below),
        At(tallies, DiscretionPosition.NotApplicable),
        tallies.Where(t => t.Reasoned).Sum(t => t.Decisions));

    private static int At(IEnumerable<DiscretionTally> tallies, string position) =>
        tallies.Where(t => t.Position == position).Sum(t => t.Decisions);
}
