using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Timers;

/// <summary>Two nodes sweeping the same database at once fire each due timer exactly once.</summary>
public abstract class TimerConcurrencyTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Two_sweeps_in_parallel_never_fire_a_timer_twice()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        var first = e.H;
        await first.DeployAsync(Bpmn.Process("raced", $"""
            <bpmn:startEvent id="start" />
            {Catch("wait", "timeDuration", "PT1H")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "wait", "end")}
            """));
        await first.DeployAsync(Bpmn.Process("raced_start", $"""
            {Start("start", "timeDate", "2025-09-26T09:30:00+08:00")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "end")}
            """));
        var keys = new List<long>();
        for (var i = 0; i < 49; i++) keys.Add(await first.StartAsync("raced"));
        var second = await e.StartNodeAsync();
        first.Clock.Advance(TimeSpan.FromHours(1));
        second.Clock.Advance(TimeSpan.FromHours(1));

        var fired = await Task.WhenAll(Task.Run(() => TimerEngine.SweepAsync(first)), Task.Run(() => TimerEngine.SweepAsync(second)));

        Assert.Equal(50, fired.Sum());
        Assert.Empty(await e.TimersAsync());
        foreach (var key in keys) Assert.Equal("COMPLETED", (await first.InstanceAsync(key)).State);
        Assert.Single(await e.InstancesAsync("raced_start"));
    }
}

public sealed class TimerConcurrencySqliteTests() : TimerConcurrencyTests(DatabaseProvider.Sqlite);
public sealed class TimerConcurrencyPostgresTests() : TimerConcurrencyTests(DatabaseProvider.Postgres);
