using Bpm.Engine.Calendar;

namespace Bpm.Server.Endpoints;

/// <summary>One version of a calendar year. Version 0 is the built-in data; version null means the year has no data
/// (weekends only, provisional).</summary>
public sealed record CalendarYearResponse(
    int Year,
    string OrganisationId,
    int? Version,
    bool BuiltIn,
    string? Notice,
    bool Provisional,
    IReadOnlyList<CalendarEntry> Entries,
    string? EditedBy,
    DateTimeOffset? EditedAt,
    string? Reason)
{
    public static CalendarYearResponse From(CalendarYear year, bool provisional) => new(
        year.Year, year.OrganisationId, year.Version, year.IsBuiltIn, year.Notice, provisional, year.Entries,
        year.EditedBy, year.EditedAt, year.Reason);

    public static CalendarYearResponse Missing(int year, string organisationId, bool provisional) =>
        new(year, organisationId, null, false, null, provisional, [], null, null, null);
}
