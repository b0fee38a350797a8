using Bpm.Server.Discretion.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Discretion.Annual;

/// <summary>Counts a unit's decided penalties of one year (Beijing dates) from <c>decided_penalties</c>, grouped in SQL.</summary>
public sealed class AnnualPenaltyFiguresQuery(IDbContextFactory<DiscretionDbContext> contexts, DiscretionStatisticsQuery statistics)
{
    /// <summary>The general procedure; the other penalty models are summary procedures (简易程序, on the spot).</summary>
    public const string GeneralProcedure = "administrative-penalty";

    public async Task<AnnualPenaltyFigures> ForAsync(int year, string? unit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await statistics.FilteredAsync(db, new DiscretionStatisticsFilter(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), unit), ct);
        var groups = await rows
            .GroupBy(r => new { r.Procedure, r.Position, r.Reasoned })
            .Select(g => new { g.Key.Procedure, g.Key.Position, g.Key.Reasoned, Decisions = g.Count(), Fen = g.Sum(r => r.FineFen) })
            .ToListAsync(ct);
        var deviations = groups.Where(g => g.Position is DiscretionPosition.Above or DiscretionPosition.Below).ToList();
        return new AnnualPenaltyFigures(year, unit,
            groups.Sum(g => g.Decisions),
            groups.Where(g => g.Procedure == GeneralProcedure).Sum(g => g.Decisions),
            groups.Where(g => g.Procedure != GeneralProcedure).Sum(g => g.Decisions),
            groups.Sum(g => g.Fen ?? 0) / 100m,
            deviations.Sum(g => g.Decisions),
            deviations.Where(g => g.Reasoned).Sum(g => g.Decisions));
    }
}
