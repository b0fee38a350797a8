using System.Text.Json;

namespace Bpm.Engine.Calendar;

/// <summary>The national calendar shipped with the engine: the embedded <c>Data/holidays-cn.json</c> (State Council notices
/// 2017 onwards), then, for each later year up to <see cref="StatutoryHolidays.LastComputableYear"/>, the statutory rest
/// days computed by <see cref="StatutoryHolidays"/>, marked provisional. Each year is version 0: the base an
/// administrator's first edit replaces.</summary>
public static class BuiltInHolidays
{
    private const string ResourceSuffix = ".Calendar.Data.holidays-cn.json";
    private static readonly Lazy<IReadOnlyList<CalendarYear>> Years = new(Load);

    /// <summary>Every built-in year, ascending.</summary>
    public static IReadOnlyList<CalendarYear> All => Years.Value;

    public static CalendarYear? Find(int year) => All.FirstOrDefault(y => y.Year == year);

    private static IReadOnlyList<CalendarYear> Load()
    {
        var assembly = typeof(BuiltInHolidays).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded calendar data {name}.");
        var file = JsonSerializer.Deserialize<BuiltInFileData>(stream, CalendarJson.Options)
            ?? throw new InvalidOperationException("The built-in calendar data is empty.");
        var published = (file.Years ?? [])
            .Select(y => new CalendarYear("", y.Year, 0, y.Notice, false, (y.Entries ?? []).Select(CalendarJson.Normalize).ToList()))
            .OrderBy(y => y.Year)
            .ToList();
        var firstComputed = Math.Max(StatutoryHolidays.FirstComputableYear, published.Count == 0 ? 0 : published[^1].Year + 1);
        for (var year = firstComputed; year <= StatutoryHolidays.LastComputableYear; year++)
            published.Add(StatutoryHolidays.Compute(year));
        return published;
    }
}
