using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Engine.Activities;
using Bpm.Engine.Tests.Activities;
using Bpm.Engine.Tests.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Deadlines;

public sealed class ExtendDeadlineActivityTests : IDisposable
{
    private readonly ServiceProvider _services = ActivityTestHost.Build(s => s
        .AddSingleton<TimeProvider>(TestClock.At(new DateTimeOffset(2025, 9, 26, 9, 0, 0, TimeSpan.FromHours(8))))
        .AddBpmActivities(BpmActivitiesAssembly.Assembly));

    public void Dispose() => _services.Dispose();

    private async Task<JsonObject> StartedAsync(string unit) =>
        (await _services.InvokeAsync("bpm:start-deadline", new JsonObject { ["name"] = "decision", ["days"] = 7, ["unit"] = unit, ["maxExtensionDays"] = 30 }))
            .Variables["deadlines"]!.AsObject();

    [Fact]
    public async Task Ten_working_days_move_the_due_date_and_keep_the_start_and_the_history_with_who_and_why()
    {
        var deadlines = await StartedAsync("WORKING"); // due 2025-10-13
        var result = await _services.InvokeAsync("bpm:extend-deadline", new JsonObject
        {
            ["name"] = "decision", ["days"] = 10, ["reason"] = "案情复杂", ["by"] = "majianguo", ["deadlines"] = deadlines,
        });

        Assert.Equal(["decision"], result.ChangedDeadlines);
        var decision = result.Variables["deadlines"]!["decision"]!;
        Assert.Equal("2025-09-26T09:00:00+08:00", (string)decision["start"]!);
        Assert.Equal("2025-10-27T09:00:00+08:00", (string)decision["due"]!);
        var entry = decision["history"]!.AsArray().Last()!;
        Assert.Equal(("EXTEND", "案情复杂", "majianguo", 10, "2025-10-13T09:00:00+08:00"),
            ((string)entry["action"]!, (string)entry["reason"]!, (string)entry["by"]!, (int)entry["days"]!, (string)entry["dueBefore"]!));
    }

    [Fact]
    public async Task A_calendar_deadline_extends_in_calendar_days()
    {
        var deadlines = await StartedAsync("CALENDAR"); // 2025-10-03 is a holiday: due 2025-10-09
        var result = await _services.InvokeAsync("bpm:extend-deadline", new JsonObject
        {
            ["name"] = "decision", ["days"] = 3, ["reason"] = "经批准", ["deadlines"] = deadlines,
        });

        Assert.Equal("2025-10-13T09:00:00+08:00", (string)result.Variables["deadlines"]!["decision"]!["due"]!);
    }

    [Theory]
    [InlineData("name", "hearing", 10, "理由")]
    [InlineData("days", "decision", 0, "理由")]
    [InlineData("reason", "decision", 10, " ")]
    public async Task Bad_inputs_name_the_input(string input, string name, int days, string reason)
    {
        var deadlines = await StartedAsync("WORKING");
        var error = await Assert.ThrowsAsync<ActivityInputException>(() => _services.InvokeAsync("bpm:extend-deadline",
            new JsonObject { ["name"] = name, ["days"] = days, ["reason"] = reason, ["deadlines"] = deadlines }));
        Assert.Equal(input, error.InputName);
    }
}
