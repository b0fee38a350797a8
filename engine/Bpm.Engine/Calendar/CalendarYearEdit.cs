namespace Bpm.Engine.Calendar;

/// <summary>What an administrator submits to add or correct a year.</summary>
public sealed record CalendarYearEdit(string? Notice, string? Reason, bool Provisional, IReadOnlyList<CalendarEntry> Entries);
