using Bpm.Engine.Calendar;

namespace Bpm.Engine.Deadlines;

/// <summary>Due dates of named deadlines on the business calendar. All date arithmetic works on the local calendar date of
/// the value and keeps its time of day and offset.</summary>
/// <remarks>Rules:
/// <list type="bullet">
/// <item>Start: WORKING adds <c>days</c> working days (the start day does not count); CALENDAR adds <c>days</c> calendar days and
/// rolls a result on a rest day forward to the next working day.</item>
/// <item>Resume: the time paused does not count. WORKING: the working days strictly after the pause date up to and including
/// the resume date (<see cref="BusinessCalendar.WorkingDaysBetween(DateTimeOffset, DateTimeOffset, string?)"/>) are added to the
/// due date as working days; paused Thursday 2025-10-09 and resumed Monday 2025-10-13 adds 3 (Fri 10-10, the make-up
/// working Saturday 10-11, Mon 10-13). CALENDAR: the calendar days between the two dates are added, then rolled forward to a
/// working day. A pause and resume on the same day adds nothing.</item>
/// <item>Extend: the due date moves by <c>days</c> more working (or calendar) days, counted from the current due date.</item>
/// </list></remarks>
public sealed class DeadlineCalculator(BusinessCalendar calendar)
{
    public DateTimeOffset Due(DateTimeOffset start, int days, string unit, string? organisation) => Add(start, days, unit, organisation);

    public DateTimeOffset Resumed(DateTimeOffset due, DateTimeOffset pausedSince, DateTimeOffset now, string unit, string? organisation)
    {
        var paused = unit == DeadlineUnits.Calendar
            ? DateOnly.FromDateTime(now.DateTime).DayNumber - DateOnly.FromDateTime(pausedSince.DateTime).DayNumber
            : calendar.WorkingDaysBetween(pausedSince, now, organisation);
        return paused <= 0 ? due : Add(due, paused, unit, organisation);
    }

    public DateTimeOffset Extended(DateTimeOffset due, int days, string unit, string? organisation) => Add(due, days, unit, organisation);

    private DateTimeOffset Add(DateTimeOffset from, int days, string unit, string? organisation) => unit == DeadlineUnits.Calendar
        ? calendar.AddCalendarDays(from, days, organisation)
        : calendar.AddWorkingDays(from, days, organisation);
}
