using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Timers;

/// <summary>Timer start events of event sub-processes: interrupting ones end the scope's work, non-interrupting cycles repeat.</summary>
public abstract class EventSubProcessTimerTests(DatabaseProvider provider)
{
    private static string Model(string id, string kind, string text, bool interrupting) => Bpmn.Process(id, $"""
        <bpmn:startEvent id="start" />
        {Bpmn.UserTask("task")}
        <bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "task", "end")}
        <bpmn:subProcess id="escalate" triggeredByEvent="true">
          {Start("escalate_start", kind, text, interrupting)}
          <bpmn:endEvent id="escalated" />
          {Bpmn.Flow("f_escalate", "escalate_start", "escalated")}
        </bpmn:subProcess>
        """);

    [Fact]
    public async Task An_interrupting_timer_event_sub_process_ends_the_instance_work()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("esp_interrupting", "timeDuration", "P90D", interrupting: true));
        var key = await e.H.StartAsync("esp_interrupting");

        e.H.Clock.Advance(TimeSpan.FromDays(90) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await e.SweepAsync());
        e.H.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await e.SweepAsync());

        Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
        Assert.Empty(await e.H.OpenTasksAsync(key));
        Assert.Contains("escalated", await e.H.CompletedElementsAsync(key));
        Assert.Empty(await e.TimersAsync());
    }

    [Fact]
    public async Task A_non_interrupting_cycle_repeats_while_the_scope_is_active()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("esp_cycle", "timeCycle", "R2/PT1H", interrupting: false));
        var key = await e.H.StartAsync("esp_cycle");

        e.H.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await e.SweepAsync());
        e.H.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await e.SweepAsync());
        e.H.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await e.SweepAsync());

        Assert.Equal(2, (await e.H.CompletedElementsAsync(key)).Count(id => id == "escalated"));
        Assert.Equal(["task"], (await e.H.InstanceAsync(key)).ActiveElementIds);
        await e.H.CompleteTaskAsync(key, "task");
        Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
    }

    [Fact]
    public async Task The_timer_is_removed_when_the_scope_completes()
    {
        await using var e = await TimerEngine.StartAsync(provider);
        await e.H.DeployAsync(Model("esp_removed", "timeCycle", "R/PT1H", interrupting: false));
        var key = await e.H.StartAsync("esp_removed");
        Assert.Single(await e.TimersAsync());

        await e.H.CompleteTaskAsync(key, "task");
        Assert.Empty(await e.TimersAsync());
        e.H.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await e.SweepAsync());
    }
}

public sealed class EventSubProcessTimerSqliteTests() : EventSubProcessTimerTests(DatabaseProvider.Sqlite);
public sealed class EventSubProcessTimerPostgresTests() : EventSubProcessTimerTests(DatabaseProvider.Postgres);
