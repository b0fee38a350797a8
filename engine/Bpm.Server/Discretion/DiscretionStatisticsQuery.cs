using System.Globalization;
using Bpm.Engine.People;
using Bpm.Server.Discretion.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Discretion;

/// <summary>Counts the penalty decisions within, above and below their discretion benchmark per violation and per unit,
/// from <c>decided_penalties</c> (<see cref="DecidedPenaltyProjection"/>): the filters and the grouping run in SQL, one
/// query whose answer has a row per (violation, unit, position, reasoned), summed here.</summary>
public sealed class DiscretionStatisticsQuery(IDbContextFactory<DiscretionDbContext> contexts, IPeopleDirectory people)
{
    public async Task<DiscretionStatistics> CountAsync(DiscretionStatisticsFilter filter, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await FilteredAsync(db, filter, ct);
        var tallies = await rows
            .GroupBy(r => new { r.ViolationType, r.OrganisationId, r.Position, r.Reasoned })
            .Select(g => new DiscretionTally(g.Key.ViolationType, g.Key.OrganisationId, g.Key.Position, g.Key.Reasoned, g.Count()))
            .ToListAsync(ct);
        var units = tallies.Select(t => t.OrganisationId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return Statistics(filter, tallies) with { UnitNames = await people.OrganisationNamesAsync(units, ct) };
    }

    /// <summary>The answer for decisions already tallied: the total, per violation, per unit and per violation and unit, keys
    /// in ordinal order.</summary>
    public static DiscretionStatistics Statistics(DiscretionStatisticsFilter filter, IReadOnlyCollection<DiscretionTally> tallies) =>
        new(filter.From, filter.To, DiscretionCount.Of(null, tallies), Group(tallies, t => t.ViolationType), Group(tallies, t => t.OrganisationId),
            Cells(tallies));

    /// <summary>The table's rows the filter selects (the unit with the units below it in the people directory).</summary>
    public async Task<IQueryable<DecidedPenaltyEntity>> FilteredAsync(DiscretionDbContext db, DiscretionStatisticsFilter filter, CancellationToken ct)
    {
        IQueryable<DecidedPenaltyEntity> rows = db.DecidedPenalties.AsNoTracking();
        if (filter.From is { } from)
        {
            var day = Day(from);
            rows = rows.Where(r => r.DecidedOn != null && string.Compare(r.DecidedOn, day) >= 0);
        }
        if (filter.To is { } to)
        {
            var day = Day(to);
            rows = rows.Where(r => r.DecidedOn != null && string.Compare(r.DecidedOn, day) <= 0);
        }
        if (filter.Violation == DiscretionStatisticsFilter.None)
            rows = rows.Where(r => r.ViolationType == null);
        else if (filter.Violation is { Length: > 0 } violation)
            rows = rows.Where(r => r.ViolationType == violation);
        if (filter.Unit == DiscretionStatisticsFilter.None)
            rows = rows.Where(r => r.OrganisationId == null);
        else if (filter.Unit is { Length: > 0 } unit)
        {
            var units = (await people.OrganisationSubtreeAsync(unit, ct)).ToList();
            rows = rows.Where(r => r.OrganisationId != null && units.Contains(r.OrganisationId));
        }
        return rows;
    }

    private static List<DiscretionCount> Group(IEnumerable<DiscretionTally> tallies, Func<DiscretionTally, string?> key) =>
        tallies.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => DiscretionCount.Of(g.Key, g.ToList())).ToList();

    private static List<DiscretionCell> Cells(IEnumerable<DiscretionTally> tallies) =>
        tallies.GroupBy(t => (t.ViolationType, t.OrganisationId))
            .OrderBy(g => g.Key.ViolationType, StringComparer.Ordinal).ThenBy(g => g.Key.OrganisationId, StringComparer.Ordinal)
            .Select(g => DiscretionCell.Of(g.Key.ViolationType, g.Key.OrganisationId, DiscretionCount.Of(null, g.ToList()))).ToList();

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
