using Bpm.Engine.Expressions;

namespace Bpm.Engine.Calendar;

/// <summary>The calendar's FEEL functions:
/// <c>addWorkingDays(start, n)</c>, <c>addCalendarDays(start, n)</c> (rolls a rest-day result forward),
/// <c>workingDaysBetween(a, b)</c> and <c>isWorkingDay(date)</c>. Each takes an optional last argument <c>organisation</c>
/// (an organisation id: its regional calendar). A date gives a date; a date-time gives a date-time with the same time of
/// day and offset (the calendar date is the value's own, as written). An ISO string is read as the date or date-time it spells.</summary>
/// <remarks>Unlike FEEL's built-ins, a null or mistyped argument is not answered with null: a deadline computed from a
/// missing date is a modelling error, so it raises a <see cref="FeelEvaluationException"/> (an incident) naming the
/// function and the argument.</remarks>
public static class CalendarFeelFunctions
{
    public static void Register(FeelFunctionRegistry registry, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(calendar);
        registry.Register("addWorkingDays", ["start", "n", "organisation"], args =>
        {
            var start = CalendarFeelArguments.Temporal(args, 0, "addWorkingDays", "start");
            var n = CalendarFeelArguments.Days(args, 1, "addWorkingDays", "n");
            var organisation = CalendarFeelArguments.Organisation(args, 2, "addWorkingDays");
            return start switch
            {
                DateOnly date => (object)calendar.AddWorkingDays(date, n, organisation),
                DateTime dateTime => calendar.AddWorkingDays(dateTime, n, organisation),
                DateTimeOffset zoned => calendar.AddWorkingDays(zoned, n, organisation),
                _ => throw new InvalidOperationException("unreachable"),
            };
        });
        registry.Register("addCalendarDays", ["start", "n", "organisation"], args =>
        {
            var start = CalendarFeelArguments.Temporal(args, 0, "addCalendarDays", "start");
            var n = CalendarFeelArguments.Days(args, 1, "addCalendarDays", "n");
            var organisation = CalendarFeelArguments.Organisation(args, 2, "addCalendarDays");
            return start switch
            {
                DateOnly date => (object)calendar.AddCalendarDays(date, n, organisation),
                DateTime dateTime => calendar.AddCalendarDays(dateTime, n, organisation),
                DateTimeOffset zoned => calendar.AddCalendarDays(zoned, n, organisation),
                _ => throw new InvalidOperationException("unreachable"),
            };
        });
        registry.Register("workingDaysBetween", ["a", "b", "organisation"], args =>
        {
            var a = CalendarFeelArguments.DateOf(CalendarFeelArguments.Temporal(args, 0, "workingDaysBetween", "a"));
            var b = CalendarFeelArguments.DateOf(CalendarFeelArguments.Temporal(args, 1, "workingDaysBetween", "b"));
            var organisation = CalendarFeelArguments.Organisation(args, 2, "workingDaysBetween");
            return (decimal)calendar.WorkingDaysBetween(a, b, organisation);
        });
        registry.Register("isWorkingDay", ["date", "organisation"], args =>
        {
            var date = CalendarFeelArguments.DateOf(CalendarFeelArguments.Temporal(args, 0, "isWorkingDay", "date"));
            return calendar.IsWorkingDay(date, CalendarFeelArguments.Organisation(args, 1, "isWorkingDay"));
        });
    }
}
