using Bpm.Engine.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bpm.Engine.Calendar;

/// <summary>Reads and edits calendar years. An edit is validated, stored as a new version (never overwriting one) and put
/// into force on this node at once; other nodes pick it up on their next refresh (<see cref="CalendarRefreshService"/>).</summary>
public sealed class CalendarAdministration(BusinessCalendar calendar, ICalendarStore store, TimeProvider clock,
    ILogger<CalendarAdministration>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<CalendarAdministration>.Instance;
    private readonly SemaphoreSlim refreshGate = new(1, 1);
    private long loadedCount = -1;

    /// <summary>The version in force, or null when the year has no data (then the calendar is provisional: weekends only).</summary>
    public async Task<CalendarYear?> GetYearAsync(int year, string? organisationId, CancellationToken ct)
    {
        var organisation = Checked(year, organisationId);
        var stored = await store.ListVersionsAsync(organisation, year, ct);
        return stored.Count > 0 ? stored[^1] : BuiltIn(organisation, year);
    }

    /// <summary>Every version, oldest first: the built-in version 0 (national years of the data file), then each edit.</summary>
    public async Task<IReadOnlyList<CalendarYear>> ListVersionsAsync(int year, string? organisationId, CancellationToken ct)
    {
        var organisation = Checked(year, organisationId);
        var versions = new List<CalendarYear>();
        if (BuiltIn(organisation, year) is { } builtIn)
            versions.Add(builtIn);
        versions.AddRange(await store.ListVersionsAsync(organisation, year, ct));
        return versions;
    }

    /// <summary>Validates and stores the edit as the next version and puts it into force. Throws
    /// <see cref="InvalidCommandException"/> naming the field for bad input.</summary>
    public async Task<CalendarYear> SaveYearAsync(int year, string? organisationId, CalendarYearEdit edit, string editedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var organisation = BusinessCalendar.Normalize(organisationId);
        CalendarEditValidator.Validate(year, organisation, edit);
        var normalized = edit with
        {
            Notice = string.IsNullOrWhiteSpace(edit.Notice) ? null : edit.Notice.Trim(),
            Reason = edit.Reason!.Trim(),
            Entries = edit.Entries.Select(e => new CalendarEntry(e.Name.Trim(), e.RestDays.Order().ToList(), e.MakeupWorkdays.Order().ToList())).ToList(),
        };
        var saved = await store.AppendAsync(organisation, year, normalized, editedBy, clock.GetUtcNow(), ct);
        _logger.LogInformation("Calendar year {Year} of '{Organisation}' saved as version {Version} by {User}: {Reason}",
            year, organisation, saved.Version, editedBy, saved.Reason);
        await RefreshAsync(force: true, ct);
        return saved;
    }

    /// <summary>Loads the stored years into the calendar; unless forced, only when their number changed since the last load.
    /// True when the calendar was reloaded.</summary>
    public async Task<bool> RefreshAsync(bool force, CancellationToken ct)
    {
        await refreshGate.WaitAsync(ct);
        try
        {
            var count = await store.CountAsync(ct);
            if (!force && count == Interlocked.Read(ref loadedCount))
                return false;
            calendar.Apply(await store.LoadLatestAsync(ct));
            Interlocked.Exchange(ref loadedCount, count);
            return true;
        }
        finally
        {
            refreshGate.Release();
        }
    }

    private static string Checked(int year, string? organisationId)
    {
        CalendarEditValidator.ValidateYear(year);
        var organisation = BusinessCalendar.Normalize(organisationId);
        CalendarEditValidator.ValidateOrganisationId(organisation);
        return organisation;
    }

    private static CalendarYear? BuiltIn(string organisationId, int year) =>
        organisationId.Length == 0 ? BuiltInHolidays.Find(year) : null;
}
