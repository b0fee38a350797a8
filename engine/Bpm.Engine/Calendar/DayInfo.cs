namespace Bpm.Engine.Calendar;

/// <summary>One date as a calendar sees it.</summary>
/// <param name="Name">The holiday's name (元旦, 春节, …) for holiday rest days and make-up working days; else null.</param>
/// <param name="Provisional">True when the national calendar has no published data for the date's year (or the year was
/// entered as provisional): then only weekends are known and the answer may change once the notice is published.</param>
public sealed record DayInfo(DateOnly Date, DayKind Kind, string? Name, bool Provisional)
{
    public bool IsWorkingDay => Kind.IsWorking();
}
