using Bpm.Engine.Cases;
using Bpm.Engine.Queries;
using Bpm.Server.Discretion.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Discretion;

/// <summary>The cases behind one count of the discretion statistics, from <c>decided_penalties</c> in SQL: the statistics'
/// filters (<see cref="DiscretionStatisticsQuery.FilteredAsync"/>), the bucket and the row's unit select exactly the rows the
/// count counted; the caller's visibility (<see cref="VisibleCases"/>) keeps the ones they may see, a page of which is
/// labelled with its case numbers and parties (<see cref="IEngineQueries.CaseLabelsAsync"/>).</summary>
public sealed class DiscretionCasesQuery(IDbContextFactory<DiscretionDbContext> contexts, DiscretionStatisticsQuery statistics, IEngineQueries engine)
{
    public async Task<DiscretionCaseList> ListAsync(DiscretionCasesRequest request, VisibleCases visible, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = DiscretionBucket.Apply(await statistics.FilteredAsync(db, request.Filter, ct), request.Bucket);
        if (request.Organisation == DiscretionStatisticsFilter.None)
            rows = rows.Where(r => r.OrganisationId == null);
        else if (request.Organisation is { Length: > 0 } organisation)
            rows = rows.Where(r => r.OrganisationId == organisation);
        var counted = await rows.LongCountAsync(ct);
        var seen = rows;
        if (!visible.All)
        {
            var units = visible.Units.ToList();
            var participating = visible.Participating.ToList();
            seen = rows.Where(r => (r.OrganisationId != null && units.Contains(r.OrganisationId)) || participating.Contains(r.ProcessInstanceKey));
        }
        var total = visible.All ? counted : await seen.LongCountAsync(ct);
        var page = await seen
            .OrderBy(r => r.DecidedOn == null).ThenByDescending(r => r.DecidedOn).ThenByDescending(r => r.ProcessInstanceKey)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .ToListAsync(ct);
        var labels = await engine.CaseLabelsAsync(page.Select(r => r.ProcessInstanceKey).ToList(), ct);
        var items = page.Select(r => Item(r, labels.GetValueOrDefault(r.ProcessInstanceKey))).ToList();
        return new DiscretionCaseList(request.Bucket, items, total, counted - total, request.Page, request.PageSize);
    }

    private static DiscretionCase Item(DecidedPenaltyEntity row, CaseLabel? label) => new(
        row.ProcessInstanceKey.ToString(System.Globalization.CultureInfo.InvariantCulture), label?.CaseNumber, label?.PartyName, row.Procedure,
        row.OrganisationId, row.ViolationType, Yuan(row.MinFineFen), Yuan(row.MaxFineFen), Yuan(row.FineFen), row.Position, row.Reasoned, row.DecidedOn);

    private static decimal? Yuan(long? fen) => fen is { } amount ? amount / 100m : null;
}
