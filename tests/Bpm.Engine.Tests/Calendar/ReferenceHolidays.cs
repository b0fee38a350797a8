using System.Globalization;
using System.Text.RegularExpressions;

namespace Bpm.Engine.Tests.Calendar;

/// <summary>The holiday reference table (<c>shared/reference/holidays-2017-2026.md</c>, found next to the repository or one
/// of its parent folders) parsed independently of the engine's data file: per year, each holiday's rest and make-up days.</summary>
public static partial class ReferenceHolidays
{
    public const string RelativePath = "shared/reference/holidays-2017-2026.md";
    private const string SharedRelativePath = "reference/holidays-2017-2026.md";

    public sealed record Holiday(int Year, string Name, IReadOnlyList<DateOnly> RestDays, IReadOnlyList<DateOnly> MakeupDays);

    public static string MissingReason => $"the holiday reference {RelativePath} was not found above the folder containing BPM.sln";

    public static string? File { get; } = Infrastructure.RepositoryRoot.FindShared(SharedRelativePath);

    public static IReadOnlyList<Holiday> Load()
    {
        var holidays = new List<Holiday>();
        foreach (var line in System.IO.File.ReadAllLines(File!))
        {
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 2 || !int.TryParse(cells[0], out var year))
                continue;
            foreach (var text in cells[1].Split(" ; "))
                holidays.Add(ParseHoliday(year, text));
        }
        return holidays;
    }

    // e.g. "元旦: 休 2018-12-30~01-01(3d) / 补班 2018-12-29" or "劳动节: 休 2017-05-01"
    private static Holiday ParseHoliday(int year, string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        var name = text[..colon];
        var parts = text[(colon + 2)..].Split(" / ");
        var rest = RestPattern().Match(parts[0]);
        if (!rest.Success)
            throw new FormatException($"Cannot read '{parts[0]}' of {year} {name}");
        var first = Date(rest.Groups[1].Value);
        var restDays = new List<DateOnly> { first };
        if (rest.Groups[2].Success)
        {
            var endMonthDay = rest.Groups[2].Value;
            var endMonth = int.Parse(endMonthDay[..2], CultureInfo.InvariantCulture);
            var end = Date($"{first.Year + (endMonth < first.Month ? 1 : 0)}-{endMonthDay}");
            restDays = Enumerable.Range(0, end.DayNumber - first.DayNumber + 1).Select(first.AddDays).ToList();
            var stated = int.Parse(rest.Groups[3].Value, CultureInfo.InvariantCulture);
            if (stated != restDays.Count)
                throw new FormatException($"{year} {name}: range has {restDays.Count} days, the table says {stated}");
        }
        var makeup = parts.Length > 1
            ? parts[1].Replace("补班", "").Split(',').Select(s => Date(s.Trim())).ToList()
            : [];
        return new Holiday(year, name, restDays, makeup);
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^休 (\d{4}-\d{2}-\d{2})(?:~(\d{2}-\d{2})\((\d+)d\))?$")]
    private static partial Regex RestPattern();
}
