namespace Bpm.Engine.Calendar;

/// <summary>One year of the built-in data file.</summary>
internal sealed record BuiltInYearData(int Year, string? Notice, string? Note, List<CalendarEntry>? Entries);
