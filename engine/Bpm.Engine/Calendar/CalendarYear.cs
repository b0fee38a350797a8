namespace Bpm.Engine.Calendar;

/// <summary>One version of one year of a calendar. Version 0 is the built-in data file (no editor, no reason).</summary>
/// <param name="OrganisationId">Empty for the national calendar.</param>
public sealed record CalendarYear(
    string OrganisationId,
    int Year,
    int Version,
    string? Notice,
    bool Provisional,
    IReadOnlyList<CalendarEntry> Entries,
    string? EditedBy = null,
    DateTimeOffset? EditedAt = null,
    string? Reason = null)
{
    public bool IsBuiltIn => Version == 0;
}
