namespace Bpm.Server.Endpoints;

/// <summary>One date: kind WORKDAY, WEEKEND, HOLIDAY or MAKEUP_WORKDAY, the holiday's name, and whether the year is provisional.</summary>
public sealed record CalendarDayResponse(DateOnly Date, string Kind, string? Name, bool Provisional);
