namespace Bpm.Engine.Calendar;

/// <summary>A precomputed calendar: the kind of every date from <see cref="First"/> to <see cref="Last"/> in an array, with
/// running totals of working days so that counting between two dates is two lookups. Dates outside the range follow the
/// weekend rule and are provisional. Immutable once built.</summary>
internal sealed class DayTable
{
    public static readonly DateOnly First = new(1999, 1, 1);
    public static readonly DateOnly Last = new(2101, 12, 31);
    private static readonly int FirstDay = First.DayNumber;
    private static readonly int DayCount = Last.DayNumber - FirstDay + 1;

    private readonly DayKind[] kinds;
    private readonly Dictionary<int, string> names;
    private readonly bool[] publishedYears;
    private readonly int[] workingBefore;

    private DayTable(DayKind[] kinds, Dictionary<int, string> names, bool[] publishedYears)
    {
        this.kinds = kinds;
        this.names = names;
        this.publishedYears = publishedYears;
        workingBefore = new int[kinds.Length + 1];
        for (var i = 0; i < kinds.Length; i++)
            workingBefore[i + 1] = workingBefore[i] + (kinds[i].IsWorking() ? 1 : 0);
    }

    /// <summary>The national table: weekends, then each year's rest and make-up days in ascending year order.</summary>
    public static DayTable National(IEnumerable<CalendarYear> years)
    {
        var kinds = new DayKind[DayCount];
        for (var i = 0; i < DayCount; i++)
            kinds[i] = WeekendRule(DateOnly.FromDayNumber(FirstDay + i));
        var names = new Dictionary<int, string>();
        var published = new bool[Last.Year - First.Year + 1];
        foreach (var year in years.OrderBy(y => y.Year))
        {
            Apply(year, kinds, names);
            if (year.Year >= First.Year && year.Year <= Last.Year && !year.Provisional)
                published[year.Year - First.Year] = true;
        }
        return new DayTable(kinds, names, published);
    }

    /// <summary>An organisation's table: the national one with the organisation's extra rest and working days on top.</summary>
    public DayTable WithOrganisation(IEnumerable<CalendarYear> years)
    {
        var copy = (DayKind[])kinds.Clone();
        var copyNames = new Dictionary<int, string>(names);
        foreach (var year in years.OrderBy(y => y.Year))
            Apply(year, copy, copyNames);
        return new DayTable(copy, copyNames, publishedYears);
    }

    public static bool InRange(DateOnly date) => date >= First && date <= Last;

    public DayInfo Describe(DateOnly date)
    {
        if (!InRange(date))
            return new DayInfo(date, WeekendRule(date), null, Provisional: true);
        var index = date.DayNumber - FirstDay;
        names.TryGetValue(index, out var name);
        return new DayInfo(date, kinds[index], name, !publishedYears[date.Year - First.Year]);
    }

    public bool IsWorking(DateOnly date) =>
        InRange(date) ? kinds[date.DayNumber - FirstDay].IsWorking() : WeekendRule(date).IsWorking();

    /// <summary>Working days in (from, to]; requires from ≤ to.</summary>
    public int CountWorking(DateOnly from, DateOnly to)
    {
        if (InRange(from) && InRange(to))
            return workingBefore[to.DayNumber - FirstDay + 1] - workingBefore[from.DayNumber - FirstDay + 1];
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorking(day))
                count++;
        return count;
    }

    private static void Apply(CalendarYear year, DayKind[] kinds, Dictionary<int, string> names)
    {
        foreach (var entry in year.Entries)
        {
            foreach (var day in entry.RestDays)
                Set(day, DayKind.Holiday, entry.Name, kinds, names);
            foreach (var day in entry.MakeupWorkdays)
                Set(day, DayKind.MakeupWorkday, entry.Name, kinds, names);
        }
    }

    private static void Set(DateOnly day, DayKind kind, string name, DayKind[] kinds, Dictionary<int, string> names)
    {
        if (!InRange(day))
            return;
        var index = day.DayNumber - FirstDay;
        kinds[index] = kind;
        if (string.IsNullOrWhiteSpace(name))
            names.Remove(index);
        else
            names[index] = name;
    }

    private static DayKind WeekendRule(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Workday;
}
