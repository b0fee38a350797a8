using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Timers;

/// <summary>Timers are rows of the engine's database: one that fell due while no engine ran fires once when one starts.</summary>
public abstract class TimerRecoveryTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_timer_due_during_downtime_fires_once_at_start_up()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        var before = e.H;
        await before.DeployAsync(Bpmn.Process("downtime", $"""
            <bpmn:startEvent id="start" />
            {Bpmn.UserTask("task")}
            {Boundary("reminder", "task", "timeCycle", "R/PT1H", interrupting: false)}
            <bpmn:endEvent id="end" />
            <bpmn:endEvent id="reminded" />
            {Bpmn.Chain("start", "task", "end")}
            {Bpmn.Flow("f_reminder", "reminder", "reminded")}
            """));
        var key = await before.StartAsync("downtime");
        await e.StopAsync(before);

        var after = await e.StartNodeAsync();
        after.Clock.Advance(TimeSpan.FromHours(10) + TimeSpan.FromMinutes(30)); // ten occurrences missed
        Assert.Equal(1, await TimerEngine.SweepAsync(after));
        Assert.Equal(0, await TimerEngine.SweepAsync(after));

        Assert.Equal(1, (await after.CompletedElementsAsync(key)).Count(id => id == "reminded"));
        // Misfire policy: fire once now; the next occurrence continues the cycle's grid after now.
        var next = Assert.Single(await e.TimersAsync());
        Assert.Equal(after.Clock.GetUtcNow() + TimeSpan.FromMinutes(30), next.DueAt);
    }
}

public sealed class TimerRecoverySqliteTests() : TimerRecoveryTests(DatabaseProvider.Sqlite);
public sealed class TimerRecoveryPostgresTests() : TimerRecoveryTests(DatabaseProvider.Postgres);
