namespace Bpm.Engine.Calendar;

/// <summary>The Chinese working-day calendar: the national one (built-in State Council data, corrected or extended by
/// administrators) and organisations' regional calendars layered on it. Every answer comes from a precomputed table held
/// in memory; <see cref="Apply"/> swaps in a new one after an edit. Thread-safe.</summary>
/// <remarks>Rules: adding N working days does not count the start day (N = 0 returns the start itself; a negative N counts
/// backwards); adding calendar days adds plainly and then rolls a result that falls on a rest day forward to the next
/// working day. Date-time overloads work on the value's own calendar date and keep its time of day and offset.</remarks>
public sealed class BusinessCalendar
{
    private volatile CalendarSnapshot snapshot;

    /// <summary>The built-in national calendar only.</summary>
    public BusinessCalendar() : this([])
    {
    }

    /// <param name="stored">Stored year versions; for each organisation and year the highest version wins over the built-in data.</param>
    public BusinessCalendar(IEnumerable<CalendarYear> stored) =>
        snapshot = CalendarSnapshot.Build(BuiltInHolidays.All, stored);

    /// <summary>Replaces the stored years the calendar answers from (the built-in data stays underneath).</summary>
    public void Apply(IEnumerable<CalendarYear> stored) => snapshot = CalendarSnapshot.Build(BuiltInHolidays.All, stored);

    /// <summary>The version of a year in force, or null when neither the stored data nor the built-in file has it.</summary>
    public CalendarYear? GetYear(int year, string? organisationId = null) => snapshot.Year(Normalize(organisationId), year);

    public DayInfo Describe(DateOnly date, string? organisationId = null) => Table(organisationId).Describe(date);

    /// <summary>Each date from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public IReadOnlyList<DayInfo> Describe(DateOnly from, DateOnly to, string? organisationId = null)
    {
        var table = Table(organisationId);
        var days = new List<DayInfo>(Math.Max(0, to.DayNumber - from.DayNumber + 1));
        for (var day = from; day <= to; day = day.AddDays(1))
            days.Add(table.Describe(day));
        return days;
    }

    public bool IsWorkingDay(DateOnly date, string? organisationId = null) => Table(organisationId).IsWorking(date);

    public bool IsWorkingDay(DateTime dateTime, string? organisationId = null) => IsWorkingDay(DateOnly.FromDateTime(dateTime), organisationId);

    public bool IsWorkingDay(DateTimeOffset dateTime, string? organisationId = null) => IsWorkingDay(DateOnly.FromDateTime(dateTime.DateTime), organisationId);

    /// <summary>The <paramref name="n"/>-th working day after <paramref name="start"/> (before it when n is negative);
    /// the start day itself is not counted and n = 0 returns it unchanged.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int n, string? organisationId = null)
    {
        var table = Table(organisationId);
        var step = Math.Sign(n);
        var day = start;
        for (var remaining = Math.Abs(n); remaining > 0;)
        {
            day = day.AddDays(step);
            if (table.IsWorking(day))
                remaining--;
        }
        return day;
    }

    public DateTime AddWorkingDays(DateTime start, int n, string? organisationId = null) =>
        WithDate(start, AddWorkingDays(DateOnly.FromDateTime(start), n, organisationId));

    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int n, string? organisationId = null) =>
        WithDate(start, AddWorkingDays(DateOnly.FromDateTime(start.DateTime), n, organisationId));

    /// <summary><paramref name="start"/> plus <paramref name="n"/> calendar days; a result on a rest day rolls forward to the
    /// next working day (the period ends on the first working day after the holiday).</summary>
    public DateOnly AddCalendarDays(DateOnly start, int n, string? organisationId = null)
    {
        var table = Table(organisationId);
        var day = start.AddDays(n);
        while (!table.IsWorking(day))
            day = day.AddDays(1);
        return day;
    }

    public DateTime AddCalendarDays(DateTime start, int n, string? organisationId = null) =>
        WithDate(start, AddCalendarDays(DateOnly.FromDateTime(start), n, organisationId));

    public DateTimeOffset AddCalendarDays(DateTimeOffset start, int n, string? organisationId = null) =>
        WithDate(start, AddCalendarDays(DateOnly.FromDateTime(start.DateTime), n, organisationId));

    /// <summary>Working days after <paramref name="a"/> up to and including <paramref name="b"/>; negative when b is before a.
    /// So <c>WorkingDaysBetween(a, AddWorkingDays(a, n)) == n</c>.</summary>
    public int WorkingDaysBetween(DateOnly a, DateOnly b, string? organisationId = null)
    {
        var table = Table(organisationId);
        return b >= a ? table.CountWorking(a, b) : -table.CountWorking(b, a);
    }

    public int WorkingDaysBetween(DateTime a, DateTime b, string? organisationId = null) =>
        WorkingDaysBetween(DateOnly.FromDateTime(a), DateOnly.FromDateTime(b), organisationId);

    public int WorkingDaysBetween(DateTimeOffset a, DateTimeOffset b, string? organisationId = null) =>
        WorkingDaysBetween(DateOnly.FromDateTime(a.DateTime), DateOnly.FromDateTime(b.DateTime), organisationId);

    /// <summary>Empty for null or blank (the national calendar), else the trimmed id.</summary>
    public static string Normalize(string? organisationId) =>
        string.IsNullOrWhiteSpace(organisationId) ? "" : organisationId.Trim();

    private DayTable Table(string? organisationId) => snapshot.For(Normalize(organisationId));

    private static DateTime WithDate(DateTime original, DateOnly date) =>
        DateTime.SpecifyKind(date.ToDateTime(TimeOnly.FromDateTime(original)), original.Kind);

    private static DateTimeOffset WithDate(DateTimeOffset original, DateOnly date) =>
        new(date.ToDateTime(TimeOnly.FromDateTime(original.DateTime)), original.Offset);
}
