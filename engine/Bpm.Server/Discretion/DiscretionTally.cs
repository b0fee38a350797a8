namespace Bpm.Server.Discretion;

/// <summary>How many decisions share one violation, unit, position and reasoned flag: what the statistics query reads
/// from the table in one grouped query, and what the counts per violation and per unit are summed from.</summary>
public sealed record DiscretionTally(string? ViolationType, string? OrganisationId, string Position, bool Reasoned, int Decisions)
{
    public static DiscretionTally Of(DecidedPenalty decided) =>
        new(decided.ViolationType, decided.OrganisationId, decided.Position, decided.Reasoned, 1);
}
