using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Engine.Calendar;

/// <summary>Calendar years as rows of <c>calendar_years</c>.</summary>
internal sealed class DbCalendarStore(IDbContextFactory<BpmDbContext> contexts) : ICalendarStore
{
    public async Task<IReadOnlyList<CalendarYear>> LoadLatestAsync(CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        // A handful of rows per year edited: reading them all is cheaper than a grouped subquery on both providers.
        var rows = await context.CalendarYears.AsNoTracking().ToListAsync(ct);
        return rows
            .GroupBy(r => (r.OrganisationId, r.Year))
            .Select(g => ToModel(g.MaxBy(r => r.Version)!))
            .ToList();
    }

    public async Task<IReadOnlyList<CalendarYear>> ListVersionsAsync(string organisationId, int year, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var rows = await context.CalendarYears.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && r.Year == year)
            .OrderBy(r => r.Version)
            .ToListAsync(ct);
        return rows.Select(ToModel).ToList();
    }

    public async Task<CalendarYear> AppendAsync(string organisationId, int year, CalendarYearEdit edit, string editedBy,
        DateTimeOffset editedAt, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var latest = await context.CalendarYears
            .Where(r => r.OrganisationId == organisationId && r.Year == year)
            .MaxAsync(r => (int?)r.Version, ct);
        var row = new CalendarYearEntity
        {
            OrganisationId = organisationId,
            Year = year,
            Version = (latest ?? 0) + 1,
            Notice = edit.Notice,
            Provisional = edit.Provisional,
            Data = CalendarJson.SerializeEntries(edit.Entries),
            EditedBy = editedBy,
            EditedAt = editedAt,
            Reason = edit.Reason ?? "",
        };
        context.CalendarYears.Add(row);
        try
        {
            await context.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new EngineConflictException(
                $"{year} 年日历同时有另一修改保存为第 {row.Version} 版，请重新加载该年度后再提交。");
        }
        return ToModel(row);
    }

    public async Task<long> CountAsync(CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await context.CalendarYears.LongCountAsync(ct);
    }

    private static CalendarYear ToModel(CalendarYearEntity row) => new(
        row.OrganisationId, row.Year, row.Version, row.Notice, row.Provisional, CalendarJson.DeserializeEntries(row.Data),
        row.EditedBy, row.EditedAt, row.Reason);
}
