namespace Bpm.Engine.Persistence.Entities;

/// <summary>One version of one year of a working-day calendar. Rows are only ever inserted: an edit adds the next version
/// and the highest version of an (organisation, year) is the one in force.</summary>
public sealed class CalendarYearEntity
{
    /// <summary>The organisation whose regional calendar this is; empty for the national calendar.</summary>
    public string OrganisationId { get; set; } = "";
    public int Year { get; set; }
    /// <summary>1, 2, …; version 0 is the built-in data file and is never stored.</summary>
    public int Version { get; set; }
    /// <summary>The State Council notice (title and address) the year is based on.</summary>
    public string? Notice { get; set; }
    /// <summary>True when the year was entered before its notice was published.</summary>
    public bool Provisional { get; set; }
    /// <summary>JSON array of entries: <c>[{name, restDays:[date], makeupWorkdays:[date]}]</c>.</summary>
    public string Data { get; set; } = "[]";
    public string EditedBy { get; set; } = "";
    public DateTimeOffset EditedAt { get; set; }
    public string Reason { get; set; } = "";
}
