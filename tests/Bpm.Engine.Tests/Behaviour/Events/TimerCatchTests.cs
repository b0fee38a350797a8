using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;

namespace Bpm.Engine.Tests.Behaviour.Events;

/// <summary>Timer intermediate catch events: the subscription's due time from FEEL or an ISO 8601 literal (measured on the
/// engine clock); triggering the bookmark completes the event.</summary>
public abstract class TimerCatchTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset LiteralDate = new(2025, 10, 1, 8, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<string, string, string> Timers() => new()
    {
        { "feel_date", "timeDate", "=now() + duration(\"PT2H\")" },
        { "feel_duration", "timeDuration", "=duration(\"PT2H\")" },
        { "iso_duration", "timeDuration", "PT2H" },
        { "iso_date", "timeDate", "2025-10-01T08:00:00+08:00" },
    };

    [Theory, MemberData(nameof(Timers))]
    public async Task Timer_catch_is_due_at_the_evaluated_time_and_completes_when_triggered(string name, string kind, string text)
    {
        await using var h = await EngineHarness.StartAsync(provider);
        var processId = "timer_catch_" + name;
        await h.DeployAsync(Bpmn.Process(processId, $"""
            <bpmn:startEvent id="start" />
            {TimerCatch("wait", kind, text)}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "wait", "end")}
            """));
        h.Clock.Advance(TimeSpan.FromMinutes(37));
        var startedAt = h.Clock.GetUtcNow();
        var key = await h.StartAsync(processId);

        var subscription = Assert.Single(await h.SubscriptionsAsync(key));
        Assert.Equal(("wait", "TIMER", text), (subscription.ElementId, subscription.Kind, subscription.TimerText));
        var expected = text.StartsWith("2025", StringComparison.Ordinal) ? LiteralDate : startedAt + TimeSpan.FromHours(2);
        Assert.Equal(expected, subscription.DueAt);
        Assert.Equal(["wait"], (await h.InstanceAsync(key)).ActiveElementIds);

        h.Clock.Advance(TimeSpan.FromHours(2));
        await h.TriggerAsync(key, "wait");

        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(["start", "wait", "end"], await h.CompletedElementsAsync(key));
        Assert.Empty(await h.SubscriptionsAsync(key));
    }
}

public sealed class TimerCatchSqliteTests() : TimerCatchTests(DatabaseProvider.Sqlite);
public sealed class TimerCatchPostgresTests() : TimerCatchTests(DatabaseProvider.Postgres);
