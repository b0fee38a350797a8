using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;
using Bpm.Testing;

namespace Bpm.Server.Tests.Workflows.License;

/// <summary>Mornings to start a scenario on: early in the last year the holiday data covers, so the statutory periods
/// cross real State Council holidays (the clock only moves forward, so later tests start after the earlier ones).</summary>
public static class HolidayMornings
{
    private static readonly DateTimeOffset FirstMorning = new(2026, 1, 5, 10, 0, 0, TestClock.China);

    /// <summary>10:00 on 5 January 2026 for the first test of a server, else the next morning.</summary>
    public static async Task<DateTimeOffset> StartMorningAsync(this ScenarioDriver driver)
    {
        var response = await (await driver.AdminAsync()).PutAsJsonAsync("/api/clock", new { now = FirstMorning.ToString("O") });
        if (response.IsSuccessStatusCode) return FirstMorning;
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        return await driver.NextMorningAsync();
    }

    /// <summary>10:00 on the working day <paramref name="workingDaysBefore"/> working days before the next national holiday
    /// after the scenario clock (from the calendar the server keeps).</summary>
    public static async Task<DateTimeOffset> MorningBeforeNextHolidayAsync(this ScenarioDriver driver, int workingDaysBefore)
    {
        var today = (await driver.StartMorningAsync()).ChinaDate();
        var days = await (await driver.AdminAsync()).GetFromJsonArrayAsync(
            $"/api/calendar/days?from={today.AddDays(1):yyyy-MM-dd}&to={today.AddDays(300):yyyy-MM-dd}");
        var calendar = days.Select(d => (Date: DateOnly.Parse(d!["date"]!.GetValue<string>()), Kind: d["kind"]!.GetValue<string>(),
            Provisional: d["provisional"]!.GetValue<bool>())).ToList();
        var holiday = calendar.First(d => d.Kind == "HOLIDAY" && !d.Provisional && d.Date > today.AddDays(14)).Date;
        var workingDays = calendar.Where(d => d.Date < holiday && d.Kind is "WORKDAY" or "MAKEUP_WORKDAY").Select(d => d.Date).ToList();
        var start = workingDays[^workingDaysBefore];
        var morning = new DateTimeOffset(start.ToDateTime(new TimeOnly(10, 0)), TestClock.China);
        await driver.SetClockAsync(morning);
        return morning;
    }

    /// <summary>What the due date would be if only weekends were rest days.</summary>
    public static DateOnly AddWeekdays(DateOnly from, int days)
    {
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday) days--;
        }
        return date;
    }
}
