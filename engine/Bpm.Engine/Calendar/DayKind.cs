namespace Bpm.Engine.Calendar;

/// <summary>What a date is in a working-day calendar.</summary>
public enum DayKind : byte
{
    /// <summary>An ordinary Monday–Friday working day.</summary>
    Workday,
    /// <summary>An ordinary Saturday or Sunday.</summary>
    Weekend,
    /// <summary>A rest day of a statutory holiday (or an organisation's extra rest day), on any weekday.</summary>
    Holiday,
    /// <summary>A Saturday or Sunday that is worked in exchange for holiday rest days (调休补班), or an organisation's extra working day.</summary>
    MakeupWorkday,
}
