using Bpm.Server.Auth.Policies;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Calendar;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>The working-day calendar: date calculations and day kinds for everyone signed in; reading a year and its
/// history; adding or correcting a year for administrators (<c>admin</c> role), stored as a new version.</summary>
public static class CalendarEndpoints
{
    /// <summary>The longest range <c>GET /calendar/days</c> lists (three years).</summary>
    public const int MaxRangeDays = 3 * 366;
    public const int MaxDays = 10_000;

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar").RequireAuthorization(BpmPolicies.Person);
        group.MapGet("/working-days/add", (string? from, string? days, string? organisationId, BusinessCalendar calendar) =>
            Results.Ok(new CalendarDateResponse(calendar.AddWorkingDays(Date(from, "from"), Days(days), Organisation(organisationId)))));
        group.MapGet("/days", (string? from, string? to, string? organisationId, BusinessCalendar calendar) =>
        {
            var start = Date(from, "from");
            var end = Date(to, "to");
            if (end < start)
                throw new ApiBadRequestException("截止日期 to 不能早于起始日期 from。", "to");
            if (end.DayNumber - start.DayNumber + 1 > MaxRangeDays)
                throw new ApiBadRequestException($"查询范围最多 {MaxRangeDays} 天（三年），请分段查询。", "to");
            return Results.Ok(calendar.Describe(start, end, Organisation(organisationId))
                .Select(d => new CalendarDayResponse(d.Date, d.Kind.ToCode(), d.Name, d.Provisional))
                .ToList());
        });
        group.MapGet("/years/{year}", async (string year, string? organisationId, CalendarAdministration admin, CancellationToken ct) =>
        {
            var number = Year(year);
            var organisation = Organisation(organisationId);
            var provisional = await NationallyProvisionalAsync(admin, number, ct);
            var found = await admin.GetYearAsync(number, organisation, ct);
            return Results.Ok(found is null
                ? CalendarYearResponse.Missing(number, organisation, provisional)
                : CalendarYearResponse.From(found, provisional || found.Provisional));
        });
        group.MapGet("/provisional-years", (BusinessCalendar calendar, TimeProvider clock) =>
        {
            // This year and the next: the years today's deadlines can end in. Beijing's date, not UTC's.
            var thisYear = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;
            var years = Enumerable.Range(thisYear, 2)
                .Where(y => calendar.GetYear(y) is not { Provisional: false })
                .Select(y => new ProvisionalYearResponse(y, calendar.GetYear(y)?.Reason ?? StatutoryHolidays.Basis))
                .ToList();
            return Results.Ok(new ItemsResponse<ProvisionalYearResponse>(years));
        });
        group.MapGet("/years/{year}/versions", async (string year, string? organisationId, CalendarAdministration admin, CancellationToken ct) =>
        {
            var versions = await admin.ListVersionsAsync(Year(year), Organisation(organisationId), ct);
            return Results.Ok(new ItemsResponse<CalendarYearResponse>(
                versions.Select(v => CalendarYearResponse.From(v, v.Provisional)).ToList()));
        });
        group.MapPut("/years/{year}", async (string year, string? organisationId, HttpRequest request, ClaimsPrincipal user,
            CalendarAdministration admin, CancellationToken ct) =>
        {
            var number = Year(year);
            var edit = ReadEdit(await JsonBody.ReadObjectAsync(request, optional: false, ct));
            var saved = await admin.SaveYearAsync(number, Organisation(organisationId), edit, user.Identity?.Name ?? "unknown", ct);
            var provisional = await NationallyProvisionalAsync(admin, number, ct);
            return Results.Ok(CalendarYearResponse.From(saved, provisional || saved.Provisional));
        }).RequireAuthorization(BpmPolicies.Admin);
    }

    private static async Task<bool> NationallyProvisionalAsync(CalendarAdministration admin, int year, CancellationToken ct) =>
        await admin.GetYearAsync(year, null, ct) is not { Provisional: false };

    private static DateOnly Date(string? raw, string field)
    {
        if (string.IsNullOrEmpty(raw))
            throw new ApiBadRequestException($"缺少日期 {field}（格式 YYYY-MM-DD）。", field);
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new ApiBadRequestException($"「{raw}」不是有效日期：{field} 的格式须为 YYYY-MM-DD。", field);
    }

    private static int Days(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
            throw new ApiBadRequestException("缺少天数 days（整数）。", "days");
        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
            throw new ApiBadRequestException($"「{raw}」不是整数：天数 days 须为整数。", "days");
        if (Math.Abs(days) > MaxDays)
            throw new ApiBadRequestException($"天数 days 须在 -{MaxDays} 到 {MaxDays} 之间。", "days");
        return days;
    }

    private static int Year(string raw)
    {
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            CalendarEditValidator.ValidateYear(year);
            return year;
        }
        throw new ApiBadRequestException($"「{raw}」不是年份：year 须为数字，例如 2026。", "year");
    }

    private static string Organisation(string? raw)
    {
        var organisation = BusinessCalendar.Normalize(raw);
        CalendarEditValidator.ValidateOrganisationId(organisation);
        return organisation;
    }

    /// <summary><c>{notice?, reason, provisional?, entries:[{name, restDays:[date], makeupWorkdays:[date]}]}</c>; the
    /// content rules (reason required, dates in the year, …) are the validator's.</summary>
    private static CalendarYearEdit ReadEdit(JsonObject body)
    {
        var notice = JsonBody.OptionalString(body, "notice");
        var reason = JsonBody.OptionalString(body, "reason");
        var provisional = body["provisional"] switch
        {
            null => false,
            JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
            _ => throw new ApiBadRequestException("provisional（是否暂定）须为 true 或 false。", "provisional"),
        };
        if (body["entries"] is not JsonArray entries)
            throw new ApiBadRequestException("缺少 entries：须为节假日列表 {name, restDays, makeupWorkdays}。", "entries");
        var list = new List<CalendarEntry>();
        for (var i = 0; i < entries.Count; i++)
        {
            var field = $"entries[{i}]";
            if (entries[i] is not JsonObject entry)
                throw new ApiBadRequestException($"{field} 须为对象 {{name, restDays, makeupWorkdays}}。", field);
            var name = entry["name"] switch
            {
                null => "",
                JsonValue value when value.TryGetValue<string>(out var text) => text,
                _ => throw new ApiBadRequestException($"{field}.name（节日名称）须为字符串。", $"{field}.name"),
            };
            list.Add(new CalendarEntry(name, Dates(entry, $"{field}.restDays", "restDays"), Dates(entry, $"{field}.makeupWorkdays", "makeupWorkdays")));
        }
        return new CalendarYearEdit(notice, reason, provisional, list);
    }

    private static List<DateOnly> Dates(JsonObject entry, string field, string property)
    {
        var node = entry[property];
        if (node is null)
            return [];
        if (node is not JsonArray array)
            throw new ApiBadRequestException($"{field} 须为日期列表（格式 YYYY-MM-DD）。", field);
        var dates = new List<DateOnly>();
        for (var j = 0; j < array.Count; j++)
        {
            var text = array[j] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
            dates.Add(Date(text, $"{field}[{j}]"));
        }
        return dates;
    }
}
