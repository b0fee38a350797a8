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
            throw new InvalidCommandException($"年份 year 须在 {MinYear} 到 {MaxYear} 之间，收到 {year}。", "year");
    }

    public static void ValidateOrganisationId(string organisationId)
    {
        if (organisationId.Length > MaxOrganisationIdLength || organisationId.Any(char.IsControl))
            throw new InvalidCommandException(
                $"机构编号 organisationId 最多 {MaxOrganisationIdLength} 个可打印字符。", "organisationId");
    }

    /// <summary>Dates must lie in the year, or in the last month before it or the first month after it (元旦 may start
    /// on 30 or 31 December). No date may be listed twice; a national make-up working day must be a Saturday or Sunday.</summary>
    public static void Validate(int year, string organisationId, CalendarYearEdit edit)
    {
        ValidateYear(year);
        ValidateOrganisationId(organisationId);
        if (string.IsNullOrWhiteSpace(edit.Reason))
            throw new InvalidCommandException("缺少理由 reason：请说明新增或更正该年度日历的原因。", "reason");
        if (edit.Reason.Length > MaxTextLength)
            throw new InvalidCommandException($"理由 reason 最多 {MaxTextLength} 个字符。", "reason");
        if (edit.Notice is { Length: > MaxTextLength })
            throw new InvalidCommandException($"通知 notice 最多 {MaxTextLength} 个字符。", "notice");

        var earliest = new DateOnly(year - 1, 12, 1);
        var latest = new DateOnly(year + 1, 1, 31);
        var seen = new Dictionary<DateOnly, string>();
        for (var i = 0; i < edit.Entries.Count; i++)
        {
            var entry = edit.Entries[i];
            var prefix = $"entries[{i}]";
            if (string.IsNullOrWhiteSpace(entry.Name))
                throw new InvalidCommandException($"缺少节日名称 {prefix}.name（例如 春节）。", $"{prefix}.name");
            if (entry.Name.Length > 100)
                throw new InvalidCommandException($"节日名称 {prefix}.name 最多 100 个字符。", $"{prefix}.name");
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
                    $"{name} {day:yyyy-MM-dd} 不在该年度范围内（允许 {earliest:yyyy-MM-dd} 至 {latest:yyyy-MM-dd}）。", name);
            if (seen.TryGetValue(day, out var first))
                throw new InvalidCommandException($"{name} {day:yyyy-MM-dd} 已列为 {first}；同一日期只能列一次，要么是休息日，要么是补班日。", name);
            if (weekendOnly && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                throw new InvalidCommandException(
                    $"{name} {day:yyyy-MM-dd} 是星期{"日一二三四五六"[(int)day.DayOfWeek]}；补班日须为调为工作日的星期六或星期日。", name);
            seen[day] = name;
        }
    }
}
