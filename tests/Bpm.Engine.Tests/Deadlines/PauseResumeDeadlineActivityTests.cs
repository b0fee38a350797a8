using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Engine.Activities;
using Bpm.Engine.Tests.Activities;
using Bpm.Engine.Tests.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Deadlines;

/// <summary>bpm:pause-deadline and bpm:resume-deadline on their own, across the 2025 National Day holiday (Oct 1–8 off;
/// Sun Sep 28 and Sat Oct 11 are make-up working days).</summary>
public sealed class PauseResumeDeadlineActivityTests : IDisposable
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _clock = TestClock.At(new DateTimeOffset(2025, 9, 29, 10, 0, 0, 250, China));
    private readonly ServiceProvider _services;

    public PauseResumeDeadlineActivityTests() => _services = ActivityTestHost.Build(s => s
        .AddSingleton<TimeProvider>(_clock)
        .AddBpmActivities(BpmActivitiesAssembly.Assembly));

    public void Dispose() => _services.Dispose();

    /// <summary>Moves the clock (only ever forward) to the same time of day, 10:00:00.250, on another day.</summary>
    private void MoveTo(int month, int day) => _clock.Advance(new DateTimeOffset(2025, month, day, 10, 0, 0, 250, China) - _clock.GetUtcNow());

    private static JsonObject Deadlines(string unit, string due) => new()
    {
        ["notice"] = new JsonObject { ["name"] = "notice", ["due"] = "2025-10-09T09:00:00+08:00", ["state"] = "RUNNING" },
        ["decision"] = new JsonObject
        {
            ["name"] = "decision", ["start"] = "2025-09-26T09:00:00+08:00", ["days"] = 7, ["unit"] = unit, ["organisation"] = null,
            ["due"] = due, ["state"] = "RUNNING", ["pausedSince"] = null, ["history"] = new JsonArray(),
        },
    };

    private async Task<JsonObject> PauseThenResumeAsync(JsonObject deadlines, int resumeMonth, int resumeDay)
    {
        var paused = await _services.InvokeAsync("bpm:pause-deadline", new JsonObject
        {
            ["name"] = "decision", ["reason"] = "当事人申请听证", ["by"] = "zhangwei", ["deadlines"] = deadlines,
        });
        Assert.Equal(["decision"], paused.ChangedDeadlines);
        MoveTo(resumeMonth, resumeDay);
        var resumed = await _services.InvokeAsync("bpm:resume-deadline", new JsonObject
        {
            ["name"] = "decision", ["reason"] = "听证结束", ["deadlines"] = paused.Variables["deadlines"]!.DeepClone(),
        });
        Assert.Equal(["decision"], resumed.ChangedDeadlines);
        Assert.Equal(resumed.Variables["deadlines"]!["decision"]!["due"]!.GetValue<string>(), resumed.Variables["dueDate"]!.GetValue<string>());
        return resumed.Variables["deadlines"]!.AsObject();
    }

    [Fact]
    public async Task Pausing_records_when_who_and_why_keeps_the_due_date_and_the_other_deadlines()
    {
        var result = await _services.InvokeAsync("bpm:pause-deadline", new JsonObject
        {
            ["name"] = "decision", ["reason"] = "当事人申请听证", ["by"] = "zhangwei", ["deadlines"] = Deadlines("WORKING", "2025-10-13T09:00:00+08:00"),
        });

        var deadlines = result.Variables["deadlines"]!;
        Assert.Equal("RUNNING", (string)deadlines["notice"]!["state"]!);
        var decision = deadlines["decision"]!;
        Assert.Equal(("PAUSED", "2025-09-29T10:00:00+08:00", "2025-10-13T09:00:00+08:00"),
            ((string)decision["state"]!, (string)decision["pausedSince"]!, (string)decision["due"]!));
        Assert.Equal("2025-09-29T10:00:00+08:00", (string)result.Variables["pausedSince"]!);
        var entry = decision["history"]!.AsArray().Single()!;
        Assert.Equal(("PAUSE", "zhangwei", "当事人申请听证"), ((string)entry["action"]!, (string)entry["by"]!, (string)entry["reason"]!));
    }

    [Fact]
    public async Task A_working_day_pause_spanning_the_holiday_adds_only_the_working_days_paused()
    {
        // Paused Mon 09-29, resumed Thu 10-09: Tue 09-30 and Thu 10-09 were working days (10-01…08 are the holiday), so two.
        var deadlines = await PauseThenResumeAsync(Deadlines("WORKING", "2025-10-13T09:00:00+08:00"), 10, 9);

        var decision = deadlines["decision"]!;
        Assert.Equal(("2025-10-15T09:00:00+08:00", "RUNNING"), ((string)decision["due"]!, (string)decision["state"]!));
        Assert.Null(decision["pausedSince"]);
        var resume = decision["history"]!.AsArray().Last()!;
        Assert.Equal(("RESUME", "听证结束", "2025-10-13T09:00:00+08:00", "2025-10-15T09:00:00+08:00"),
            ((string)resume["action"]!, (string)resume["reason"]!, (string)resume["dueBefore"]!, (string)resume["dueAfter"]!));
    }

    [Fact]
    public async Task A_calendar_day_pause_spanning_the_holiday_adds_every_day_paused()
    {
        // Paused Mon 09-29, resumed Thu 10-09: ten calendar days, holiday or not; 10-20 + 10 = Thu 10-30, a working day.
        var deadlines = await PauseThenResumeAsync(Deadlines("CALENDAR", "2025-10-20T09:00:00+08:00"), 10, 9);

        Assert.Equal("2025-10-30T09:00:00+08:00", (string)deadlines["decision"]!["due"]!);
    }

    [Fact]
    public async Task A_calendar_day_period_that_would_end_on_a_rest_day_after_the_pause_rolls_to_the_next_working_day()
    {
        // Due Fri 09-26 + 2 paused days = Sun 09-28, which is a make-up working day, so it stays; due Mon 09-29 + 2 = Wed 10-01
        // (National Day) rolls to Thu 10-09.
        var deadlines = await PauseThenResumeAsync(Deadlines("CALENDAR", "2025-09-29T18:00:00+08:00"), 10, 1);

        Assert.Equal("2025-10-09T18:00:00+08:00", (string)deadlines["decision"]!["due"]!);
    }

    [Fact]
    public async Task Pausing_and_resuming_on_the_same_day_changes_nothing()
    {
        var deadlines = await PauseThenResumeAsync(Deadlines("WORKING", "2025-10-13T09:00:00+08:00"), 9, 29);

        Assert.Equal("2025-10-13T09:00:00+08:00", (string)deadlines["decision"]!["due"]!);
    }

    [Theory]
    [InlineData("bpm:pause-deadline", "decision", "PAUSED", "name", "已中止计算")]
    [InlineData("bpm:resume-deadline", "decision", "RUNNING", "name", "未中止计算")]
    [InlineData("bpm:pause-deadline", "hearing", "RUNNING", "name", "names no started deadline")]
    [InlineData("bpm:pause-deadline", "decision", "RUNNING", "reason", "is required")]
    public async Task Wrong_state_unknown_name_or_no_reason_is_an_error_naming_the_input(string type, string name, string state, string input, string problem)
    {
        var deadlines = Deadlines("WORKING", "2025-10-13T09:00:00+08:00");
        deadlines["decision"]!["state"] = state;
        deadlines["decision"]!["pausedSince"] = state == "PAUSED" ? "2025-09-29T09:00:00+08:00" : null;

        var error = await Assert.ThrowsAsync<ActivityInputException>(() => _services.InvokeAsync(type, new JsonObject
        {
            ["name"] = name, ["reason"] = input == "reason" ? " " : "听证", ["deadlines"] = deadlines,
        }));

        Assert.Equal(input, error.InputName);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
