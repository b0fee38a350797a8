using Bpm.Engine.Runtime;

namespace Bpm.Engine.Calendar;

/// <summary>Checks an administrator's edit of a year before it is stored. Each failure is an
/// <see cref="InvalidCommandException"/> naming the field, e.g. <c>entries[2].makeupWorkdays[0]</c>.</summary>
public static class CalendarEditValidator
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxOrganisationIdLength = 64;
    public const int MaxTextLength = 2000;

    public static void ValidateYear(int year)
    {
        if (year < MinYear || year > MaxYear)
            throw new InvalidCommandException($"year must be between {MinYear} and {MaxYear}; got {year}.", "year");
    }

    public static void ValidateOrganisationId(string organisationId)
    {
        if (organisationId.Length > MaxOrganisationIdLength || organisationId.Any(char.IsControl))
            throw new InvalidCommandException(
                $"organisationId must be at most {MaxOrganisationIdLength} printable characters.", "organisationId");
    }

    /// <summary>Dates must lie in the year, or in the last month before it or the first month after it (元旦 may start
    /// on 30 or 31 December). No date may be listed twice; a national make-up working day must be a Saturday or Sunday.</summary>
    public static void Validate(int year, string organisationId, CalendarYearEdit edit)
    {
        ValidateYear(year);
        ValidateOrganisationId(organisationId);
        if (string.IsNullOrWhiteSpace(edit.Reason))
            throw new InvalidCommandException("reason is required: say why the year is added or corrected.", "reason");
        if (edit.Reason.Length > MaxTextLength)
            throw new InvalidCommandException($"reason must be at most {MaxTextLength} characters.", "reason");
        if (edit.Notice is { Length: > MaxTextLength })
            throw new InvalidCommandException($"notice must be at most {MaxTextLength} characters.", "notice");

        var earliest = new DateOnly(year - 1, 12, 1);
        var latest = new DateOnly(year + 1, 1, 31);
        var seen = new Dictionary<DateOnly, string>();
        for (var i = 0; i < edit.Entries.Count; i++)
        {
            var entry = edit.Entries[i];
            var prefix = $"entries[{i}]";
            if (string.IsNullOrWhiteSpace(entry.Name))
                throw new InvalidCommandException($"{prefix}.name is required (e.g. 春节).", $"{prefix}.name");
            if (entry.Name.Length > 100)
                throw new InvalidCommandException($"{prefix}.name must be at most 100 characters.", $"{prefix}.name");
            CheckDays(entry.RestDays, $"{prefix}.restDays", earliest, latest, seen, weekendOnly: false);
            CheckDays(entry.MakeupWorkdays, $"{prefix}.makeupWorkdays", earliest, latest, seen, weekendOnly: organisationId.Length == 0);
        }
    }

    private static void CheckDays(IReadOnlyList<DateOnly> days, string field, DateOnly earliest, DateOnly latest,
        Dictionary<DateOnly, string> seen, bool weekendOnly)
    {
        for (var j = 0; j < days.Count; j++)
        {
            var day = days[j];
            var name = $"{field}[{j}]";
            if (day < earliest || day > latest)
                throw new InvalidCommandException(
                    $"{name} {day:yyyy-MM-dd} is outside the year (allowed {earliest:yyyy-MM-dd} to {latest:yyyy-MM-dd}).", name);
            if (seen.TryGetValue(day, out var first))
                throw new InvalidCommandException($"{name} {day:yyyy-MM-dd} is already listed as {first}; a date is either a rest day or a make-up working day, once.", name);
            if (weekendOnly && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                throw new InvalidCommandException(
                    $"{name} {day:yyyy-MM-dd} is a {day.DayOfWeek}; a make-up working day (补班) is a Saturday or Sunday that is worked.", name);
            seen[day] = name;
        }
    }
}
