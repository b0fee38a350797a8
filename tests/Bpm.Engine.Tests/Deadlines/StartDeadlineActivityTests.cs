using System.Text.Json.Nodes;
using Bpm.Activities;
using Bpm.Engine.Activities;
using Bpm.Engine.Tests.Activities;
using Bpm.Engine.Tests.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Deadlines;

public sealed class StartDeadlineActivityTests : IDisposable
{
    private readonly ServiceProvider _services = ActivityTestHost.Build(s => s
        .AddSingleton<TimeProvider>(TestClock.At(new DateTimeOffset(2025, 9, 26, 9, 0, 0, 500, TimeSpan.FromHours(8))))
        .AddBpmActivities(BpmActivitiesAssembly.Assembly));

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Starts_from_now_in_whole_seconds_and_keeps_other_deadlines()
    {
        var result = await _services.InvokeAsync("bpm:start-deadline", new JsonObject
        {
            ["name"] = "decision", ["days"] = 7,
            ["deadlines"] = new JsonObject { ["notice"] = new JsonObject { ["name"] = "notice" } },
        });

        var deadlines = result.Variables["deadlines"]!.AsObject();
        Assert.Equal("notice", (string)deadlines["notice"]!["name"]!);
        var decision = deadlines["decision"]!;
        Assert.Equal(("2025-09-26T09:00:00+08:00", "2025-10-13T09:00:00+08:00", "WORKING", "RUNNING"),
            ((string)decision["start"]!, (string)decision["due"]!, (string)decision["unit"]!, (string)decision["state"]!));
        Assert.Equal("START", (string)decision["history"]![0]!["action"]!);
    }

    [Fact]
    public async Task A_given_start_and_calendar_days_roll_past_the_holiday()
    {
        var result = await _services.InvokeAsync("bpm:start-deadline", new JsonObject
        {
            ["name"] = "appeal", ["days"] = 3, ["unit"] = "calendar", ["start"] = "2025-09-29T10:30:00",
        });

        Assert.Equal("2025-10-09T10:30:00+08:00", (string)result.Variables["deadlines"]!["appeal"]!["due"]!);
    }

    [Theory]
    [InlineData("name", "", 7, "WORKING", null)]
    [InlineData("name", "a.b", 7, "WORKING", null)]
    [InlineData("days", "x", -1, "WORKING", null)]
    [InlineData("unit", "x", 7, "HOURS", null)]
    [InlineData("start", "x", 7, "WORKING", "next week")]
    public async Task Bad_inputs_name_the_input(string input, string name, int days, string unit, string? start)
    {
        var error = await Assert.ThrowsAsync<ActivityInputException>(() => _services.InvokeAsync("bpm:start-deadline",
            new JsonObject { ["name"] = name, ["days"] = days, ["unit"] = unit, ["start"] = start }));
        Assert.Equal(input, error.InputName);
    }
}
