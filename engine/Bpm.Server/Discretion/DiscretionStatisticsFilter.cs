namespace Bpm.Server.Discretion;

/// <summary>Which decisions the statistics count: decided in [<see cref="From"/>, <see cref="To"/>] (Beijing dates, both
/// optional), of the unit <see cref="Unit"/> and the units below it, of the violation <see cref="Violation"/> (its
/// benchmark's decision id). <see cref="None"/> as the unit or the violation selects the decisions without one (the rows
/// whose key is null).</summary>
public sealed record DiscretionStatisticsFilter(DateOnly? From = null, DateOnly? To = null, string? Unit = null, string? Violation = null)
{
    /// <summary>Not a decision id (DMN ids are names) nor an organisation id: the key of "none chosen" / "no unit".</summary>
    public const string None = "-";
}
