namespace Bpm.Server.Discretion;

/// <summary>Which decisions the statistics count: decided in [<see cref="From"/>, <see cref="To"/>] (Beijing dates, both
/// optional), of the unit <see cref="Unit"/> and the units below it, of the violation <see cref="Violation"/> (its
/// benchmark's decision id).</summary>
public sealed record DiscretionStatisticsFilter(DateOnly? From = null, DateOnly? To = null, string? Unit = null, string? Violation = null);
