using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Timers;

/// <summary>Intermediate timer catch events fire when due on the engine clock, never before, and complete.</summary>
public abstract class TimerCatchFiringTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_timer_fires_at_its_due_time_and_not_a_millisecond_before()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Bpmn.Process("catch", $"""
            <bpmn:startEvent id="start" />
            {Catch("wait", "timeDuration", "PT2H")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "wait", "end")}
            """));
        var key = await e.H.StartAsync("catch");

        e.H.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await e.SweepAsync());
        Assert.Equal("ACTIVE", (await e.H.InstanceAsync(key)).State);

        e.H.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
        Assert.Equal(["start", "wait", "end"], await e.H.CompletedElementsAsync(key));
        Assert.Empty(await e.TimersAsync());
        Assert.Equal(0, await e.SweepAsync());
    }

    [Fact]
    public async Task FEEL_and_literal_dates_fire_when_due()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Bpmn.Process("feel_catch", $"""
            <bpmn:startEvent id="start" />
            {Catch("feel", "timeDate", "=now() + duration(\"PT2H\")")}
            {Catch("literal", "timeDate", "2025-09-26T14:00:00+08:00")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "feel", "literal", "end")}
            """));
        var key = await e.H.StartAsync("feel_catch");

        e.H.Clock.Advance(TimeSpan.FromMinutes(119));
        Assert.Equal(0, await e.SweepAsync());
        e.H.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Equal(["literal"], (await e.H.InstanceAsync(key)).ActiveElementIds);

        e.H.Clock.Advance(TimeSpan.FromHours(3) - TimeSpan.FromSeconds(1)); // 13:59:59 local
        Assert.Equal(0, await e.SweepAsync());
        e.H.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await e.SweepAsync());
        Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
    }
}

public sealed class TimerCatchFiringSqliteTests() : TimerCatchFiringTests(DatabaseProvider.Sqlite);
public sealed class TimerCatchFiringPostgresTests() : TimerCatchFiringTests(DatabaseProvider.Postgres);
