using Bpm.Engine.Timers;

namespace Bpm.Engine.Tests.Timers;

/// <summary>Occurrences of ISO 8601 repeating intervals and cron cycles (Quartz's CronExpression) in China Standard Time.</summary>
public sealed class TimerCycleTests
{
    private static readonly TimeZoneInfo Cst = TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST");
    private static readonly DateTimeOffset Now = new(2025, 9, 26, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("R3/PT24H", 3, "2025-09-27T09:00:00+08:00")]
    [InlineData("R/PT1H", null, "2025-09-26T10:00:00+08:00")]
    [InlineData("R2/2025-10-01T09:00:00+08:00/P1D", 2, "2025-10-01T09:00:00+08:00")]
    [InlineData("R/P1M", null, "2025-10-26T09:00:00+08:00")]
    [InlineData("0 0 9 * * ?", null, "2025-09-27T09:00:00+08:00")]
    [InlineData("0 0 9 * * MON-FRI", null, "2025-09-29T09:00:00+08:00")]
    [InlineData("30 9 * * *", null, "2025-09-26T09:30:00+08:00")]
    public void The_first_occurrence_and_repetitions_follow_the_text(string text, int? repetitions, string first)
    {
        var cycle = TimerCycle.Parse(text, Cst);
        Assert.Equal(repetitions, cycle.Repetitions);
        Assert.Equal(DateTimeOffset.Parse(first), cycle.First(Now));
    }

    [Fact]
    public void Missed_occurrences_are_skipped_and_the_grid_is_kept()
    {
        var cycle = TimerCycle.Parse("R/PT1H", Cst);
        Assert.Equal(Now.AddHours(2), cycle.Next(Now.AddHours(1), Now.AddHours(1)));
        Assert.Equal(Now.AddHours(11), cycle.Next(Now.AddHours(1), Now.AddHours(10).AddMinutes(30)));
        var cron = TimerCycle.Parse("0 0 9 * * ?", Cst);
        Assert.Equal(Now.AddDays(6), cron.Next(Now.AddDays(1), Now.AddDays(5).AddHours(1)));
    }

    [Theory]
    [InlineData("R3/PT0S")]
    [InlineData("R3/P")]
    [InlineData("every day")]
    [InlineData("0 0 25 * * ?")]
    public void Invalid_cycles_are_refused(string text) =>
        Assert.Throws<FormatException>(() => TimerCycle.Parse(text, Cst));
}
