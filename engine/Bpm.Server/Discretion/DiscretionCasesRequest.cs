namespace Bpm.Server.Discretion;

/// <summary>Which cases a count's list shows: the statistics' <see cref="Filter"/>, the count (<see cref="Bucket"/>, a
/// <see cref="DiscretionBucket"/> name) and, for a count of the per-unit table or a cell of the unit × violation table,
/// the row's own unit <see cref="Organisation"/> (exactly that unit, not the units below it; <see
/// cref="DiscretionStatisticsFilter.None"/>: no unit).</summary>
public sealed record DiscretionCasesRequest(DiscretionStatisticsFilter Filter, string Bucket, string? Organisation, int Page, int PageSize);
