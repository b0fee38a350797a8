using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Timers;

/// <summary>Timer boundary events: interrupting and not, removed with their activity, and cycles that repeat R times.</summary>
public abstract class BoundaryTimerTests(DatabaseProvider provider)
{
    private static string Model(string id, string kind, string text, bool interrupting) => Bpmn.Process(id, $"""
        <bpmn:startEvent id="start" />
        {Bpmn.UserTask("task")}
        {Boundary("timer", "task", kind, text, interrupting)}
        <bpmn:endEvent id="end" />
        <bpmn:endEvent id="timedOut" />
        {Bpmn.Chain("start", "task", "end")}
        {Bpmn.Flow("f_timer", "timer", "timedOut")}
        """);

    [Fact]
    public async Task An_interrupting_timer_terminates_the_activity_and_takes_its_path()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("interrupting", "timeDuration", "P7D", interrupting: true));
        var key = await e.H.StartAsync("interrupting");

        e.H.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await e.SweepAsync());
        e.H.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await e.SweepAsync());

        Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
        Assert.Empty(await e.H.OpenTasksAsync(key));
        Assert.Equal(["start", "timer", "timedOut"], await e.H.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task A_non_interrupting_timer_leaves_the_activity_running()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("non_interrupting", "timeDuration", "PT1H", interrupting: false));
        var key = await e.H.StartAsync("non_interrupting");

        e.H.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await e.SweepAsync());

        Assert.Equal(["task"], (await e.H.InstanceAsync(key)).ActiveElementIds);
        Assert.Contains("timedOut", await e.H.CompletedElementsAsync(key));
        Assert.Empty(await e.TimersAsync()); // a duration fires once
        await e.H.CompleteTaskAsync(key, "task");
        Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
    }

    [Fact]
    public async Task The_timer_is_removed_when_its_activity_completes()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("removed", "timeDuration", "PT1H", interrupting: true));
        var key = await e.H.StartAsync("removed");
        Assert.Single(await e.TimersAsync());

        await e.H.CompleteTaskAsync(key, "task");
        Assert.Empty(await e.TimersAsync());

        e.H.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await e.SweepAsync());
        Assert.Equal(["start", "task", "end"], await e.H.CompletedElementsAsync(key));
    }

    [Fact]
    public async Task A_cycle_R3_fires_exactly_three_times_then_stops()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("reminders", "timeCycle", "R3/PT24H", interrupting: false));
        var key = await e.H.StartAsync("reminders");
        var startedAt = e.H.Clock.GetUtcNow();

        for (var day = 1; day <= 3; day++)
        {
            var timer = Assert.Single(await e.TimersAsync());
            Assert.Equal((startedAt + TimeSpan.FromDays(day), 4 - day), (timer.DueAt!.Value, timer.RepetitionsLeft!.Value));
            e.H.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMilliseconds(1));
            Assert.Equal(0, await e.SweepAsync());
            e.H.Clock.Advance(TimeSpan.FromMilliseconds(1));
            Assert.Equal(1, await e.SweepAsync());
        }
        Assert.Empty(await e.TimersAsync());
        e.H.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(0, await e.SweepAsync());
        Assert.Equal(3, (await e.H.CompletedElementsAsync(key)).Count(id => id == "timedOut"));
        Assert.Equal(["task"], (await e.H.InstanceAsync(key)).ActiveElementIds);
    }

    [Fact]
    public async Task An_unbounded_cycle_repeats_while_the_activity_lives()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("hourly", "timeCycle", "R/PT1H", interrupting: false));
        var key = await e.H.StartAsync("hourly");

        for (var hour = 0; hour < 5; hour++)
        {
            e.H.Clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(1, await e.SweepAsync());
        }
        Assert.Single(await e.TimersAsync());
        await e.H.CompleteTaskAsync(key, "task");
        Assert.Empty(await e.TimersAsync());
        e.H.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await e.SweepAsync());
        Assert.Equal(5, (await e.H.CompletedElementsAsync(key)).Count(id => id == "timedOut"));
    }

    [Fact]
    public async Task A_cycle_with_a_start_date_fires_at_the_start_then_each_interval()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("dated", "timeCycle", "R2/2025-10-01T09:00:00+08:00/P1D", interrupting: false));
        var key = await e.H.StartAsync("dated"); // 2025-09-26 09:00 +08:00
        var first = new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(first, Assert.Single(await e.TimersAsync()).DueAt);

        e.H.Clock.Advance(first - e.H.Clock.GetUtcNow() - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await e.SweepAsync());
        e.H.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Equal(first.AddDays(1), Assert.Single(await e.TimersAsync()).DueAt);
        e.H.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Empty(await e.TimersAsync());
        Assert.Equal(2, (await e.H.CompletedElementsAsync(key)).Count(id => id == "timedOut"));
    }
}

public sealed class BoundaryTimerSqliteTests() : BoundaryTimerTests(DatabaseProvider.Sqlite);
public sealed class BoundaryTimerPostgresTests() : BoundaryTimerTests(DatabaseProvider.Postgres);
