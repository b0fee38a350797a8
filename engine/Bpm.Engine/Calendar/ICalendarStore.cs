namespace Bpm.Engine.Calendar;

/// <summary>Where edited calendar years are kept: insert-only versions per organisation and year.</summary>
public interface ICalendarStore
{
    /// <summary>The highest stored version of every organisation and year.</summary>
    Task<IReadOnlyList<CalendarYear>> LoadLatestAsync(CancellationToken ct);

    /// <summary>Every stored version of one year, ascending (the built-in version 0 is not stored).</summary>
    Task<IReadOnlyList<CalendarYear>> ListVersionsAsync(string organisationId, int year, CancellationToken ct);

    /// <summary>Stores the edit as the next version (1 when none is stored). Throws <see cref="Runtime.EngineConflictException"/>
    /// when another edit of the same year took that version first.</summary>
    Task<CalendarYear> AppendAsync(string organisationId, int year, CalendarYearEdit edit, string editedBy, DateTimeOffset editedAt, CancellationToken ct);

    /// <summary>How many versions are stored: it only grows, so a change means another node edited a year.</summary>
    Task<long> CountAsync(CancellationToken ct);
}
