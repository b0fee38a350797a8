namespace Bpm.Server.Discretion;

/// <summary>The answer of <c>GET /api/statistics/discretion</c>: the decisions of the period in total, per violation
/// (<c>key</c> = the benchmark's decision id, null when none was chosen), per unit (<c>key</c> = the organisation id) and
/// per violation and unit (the cells of the unit × violation table, only pairs with decisions); <c>unitNames</c>: the name
/// of each unit counted, by id, as the organisation registry has it.</summary>
public sealed record DiscretionStatistics(DateOnly? From, DateOnly? To, DiscretionCount Total, IReadOnlyList<DiscretionCount> ByViolation,
    IReadOnlyList<DiscretionCount> ByUnit, IReadOnlyList<DiscretionCell> ByViolationAndUnit)
{
    public IReadOnlyDictionary<string, string> UnitNames { get; init; } = new Dictionary<string, string>();
}
