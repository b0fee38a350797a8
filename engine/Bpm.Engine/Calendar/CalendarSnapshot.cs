namespace Bpm.Engine.Calendar;

/// <summary>Everything the calendar answers from, built once per change: the year versions in force and the tables.</summary>
internal sealed class CalendarSnapshot
{
    private readonly Dictionary<(string Organisation, int Year), CalendarYear> years;
    private readonly Dictionary<string, DayTable> organisationTables;

    private CalendarSnapshot(Dictionary<(string, int), CalendarYear> years, DayTable national, Dictionary<string, DayTable> organisationTables)
    {
        this.years = years;
        National = national;
        this.organisationTables = organisationTables;
    }

    public DayTable National { get; }

    /// <summary>Built-in years first, then the stored versions (the latest per organisation and year) replace them.</summary>
    public static CalendarSnapshot Build(IEnumerable<CalendarYear> builtIn, IEnumerable<CalendarYear> stored)
    {
        var years = new Dictionary<(string, int), CalendarYear>();
        foreach (var year in builtIn)
            years[("", year.Year)] = year;
        foreach (var year in stored.OrderBy(y => y.Version))
            years[(year.OrganisationId, year.Year)] = year;

        var national = DayTable.National(years.Values.Where(y => y.OrganisationId.Length == 0));
        var organisationTables = years.Values
            .Where(y => y.OrganisationId.Length > 0)
            .GroupBy(y => y.OrganisationId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => national.WithOrganisation(g), StringComparer.Ordinal);
        return new CalendarSnapshot(years, national, organisationTables);
    }

    /// <summary>The organisation's table, or the national one for the national calendar and organisations without own data.</summary>
    public DayTable For(string organisationId) =>
        organisationId.Length > 0 && organisationTables.TryGetValue(organisationId, out var table) ? table : National;

    public CalendarYear? Year(string organisationId, int year) => years.GetValueOrDefault((organisationId, year));
}
