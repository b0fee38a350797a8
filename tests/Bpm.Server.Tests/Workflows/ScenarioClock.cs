using System.Text.Json.Nodes;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Workflows;

/// <summary>Moving the scenario server's clock (only ever forward) and reading dates the way the statutes count them.</summary>
public static class ScenarioClock
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Pins the clock to 10:00 Beijing time on the next day after the current one, so every test starts on a fresh
    /// morning whatever ran before it on the same server.</summary>
    public static async Task<DateTimeOffset> NextMorningAsync(this ScenarioDriver driver)
    {
        var now = (await driver.NowAsync()).ToOffset(China);
        var morning = new DateTimeOffset(now.Date.AddDays(1).AddHours(10), China);
        await driver.SetClockAsync(morning);
        return morning;
    }

    /// <summary>The working-day calendar's answer: <paramref name="days"/> working days after <paramref name="from"/>.</summary>
    public static async Task<DateOnly> AddWorkingDaysAsync(this ScenarioDriver driver, DateOnly from, int days)
    {
        var answer = await (await driver.AdminAsync()).GetObjectAsync($"/api/calendar/working-days/add?from={from:yyyy-MM-dd}&days={days}");
        return DateOnly.Parse(answer["date"]!.GetValue<string>());
    }

    public static async Task<System.Text.Json.Nodes.JsonArray> GetFromJsonArrayAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    public static DateOnly ChinaDate(this DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(China).DateTime);

    public static DateTimeOffset DueDate(this JsonObject task) => task["dueDate"]!.GetValue<DateTimeOffset>();
}
