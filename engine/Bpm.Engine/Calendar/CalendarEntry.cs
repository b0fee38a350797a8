namespace Bpm.Engine.Calendar;

/// <summary>One holiday of a year: its rest days (休) and the weekend days worked in exchange (补班). For an organisation's
/// calendar the rest days are extra rest days and the make-up working days extra working days, on top of the national ones.</summary>
public sealed record CalendarEntry(string Name, IReadOnlyList<DateOnly> RestDays, IReadOnlyList<DateOnly> MakeupWorkdays);
