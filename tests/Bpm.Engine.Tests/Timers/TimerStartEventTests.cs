using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Timers;

/// <summary>Timer start events belong to the deployed definition: each occurrence starts an instance of that version, and a
/// new version replaces the previous version's timers.</summary>
public abstract class TimerStartEventTests(DatabaseProvider provider)
{
    private static string Model(string id, string kind, string text, string taskId = "task") => Bpmn.Process(id, $"""
        {Start("start", kind, text)}
        {Bpmn.UserTask(taskId)}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", taskId, "end")}
        """);

    [Fact]
    public async Task A_time_date_starts_one_instance_at_that_time()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("dated_start", "timeDate", "2025-09-26T12:00:00+08:00"));
        var timer = Assert.Single(await e.TimersAsync());
        Assert.Equal((0L, 0L), (timer.ProcessInstanceKey, timer.ElementInstanceKey));

        e.H.Clock.Advance(TimeSpan.FromHours(3) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await e.SweepAsync());
        e.H.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await e.SweepAsync());

        var instance = Assert.Single(await e.InstancesAsync("dated_start"));
        Assert.Equal("task", (await e.H.InstanceAsync(instance.Key)).ActiveElementIds.Single());
        Assert.Empty(await e.TimersAsync());
        e.H.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await e.SweepAsync());
    }

    [Fact]
    public async Task A_cycle_R3_PT1H_starts_three_instances_over_three_hours()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("hourly_start", "timeCycle", "R3/PT1H"));

        for (var hour = 1; hour <= 3; hour++)
        {
            e.H.Clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(1, await e.SweepAsync());
            Assert.Equal(hour, (await e.InstancesAsync("hourly_start")).Count);
        }
        Assert.Empty(await e.TimersAsync());
        e.H.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(0, await e.SweepAsync());
        Assert.Equal(3, (await e.InstancesAsync("hourly_start")).Count);
    }

    [Fact]
    public async Task A_cron_cycle_starts_an_instance_at_each_matching_local_time()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        // The harness clock starts on 2025-09-26 09:00 China Standard Time.
        await e.H.DeployAsync(Model("cron_start", "timeCycle", "0 30 9 * * ?"));
        Assert.Equal(new DateTimeOffset(2025, 9, 26, 9, 30, 0, TimeSpan.FromHours(8)), Assert.Single(await e.TimersAsync()).DueAt);

        e.H.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Equal(new DateTimeOffset(2025, 9, 27, 9, 30, 0, TimeSpan.FromHours(8)), Assert.Single(await e.TimersAsync()).DueAt);
        e.H.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Equal(2, (await e.InstancesAsync("cron_start")).Count);
    }

    [Fact]
    public async Task A_new_version_replaces_the_previous_versions_timer_start()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("versioned_start", "timeCycle", "R/PT1H", taskId: "v1"));
        e.H.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await e.SweepAsync());

        await e.H.DeployAsync(Model("versioned_start", "timeCycle", "R/PT2H", taskId: "v2"));
        var timer = Assert.Single(await e.TimersAsync());
        Assert.Equal("R/PT2H", timer.TimerCycle);

        e.H.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await e.SweepAsync());
        var instances = await e.InstancesAsync("versioned_start");
        Assert.Equal([1, 2], instances.Select(i => i.Version));
        Assert.Single(await e.TimersAsync());
    }

    [Fact]
    public async Task A_FEEL_timer_start_is_evaluated_at_deployment()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("feel_start", "timeDate", "=now() + duration(\"PT2H\")"));

        e.H.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await e.SweepAsync());
        e.H.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Single(await e.InstancesAsync("feel_start"));
    }
}

public sealed class TimerStartEventSqliteTests() : TimerStartEventTests(DatabaseProvider.Sqlite);
public sealed class TimerStartEventPostgresTests() : TimerStartEventTests(DatabaseProvider.Postgres);
