using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime;
using Bpm.Engine.Tests.Behaviour.Events;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Timers;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Behaviour.Events.EventBpmn;
using static Bpm.Engine.Tests.Messaging.MessagingExtensions;

namespace Bpm.Engine.Tests.Messaging;

/// <summary>An event-based gateway racing a message against a timer that the real timer sweep fires (own database: the sweep
/// fires every due timer in it).</summary>
public abstract class MessageTimerRaceTests(DatabaseProvider provider)
{
    private static string Model(string name) => Bpmn.ProcessWith("race", Message("m", name), $"""
        <bpmn:startEvent id="start" />
        {EventBasedGateway("gateway")}
        {MessageCatch("answered", "m")}
        {TimerCatch("timeout", "timeDuration", "PT1H")}
        <bpmn:endEvent id="answeredEnd" />
        <bpmn:endEvent id="timeoutEnd" />
        {Bpmn.Chain("start", "gateway", "answered", "answeredEnd")}
        {Bpmn.Flow("f_gateway_timeout", "gateway", "timeout")}
        {Bpmn.Flow("f_timeout_end", "timeout", "timeoutEnd")}
        """);

    private static Task<int> SweepTimersAsync(EngineHarness h) =>
        h.Services.GetRequiredService<TimerSweep>().RunDueTimersAsync(CancellationToken.None);

    [Fact]
    public async Task Timer_first_then_the_message_no_longer_correlates()
    {
        await using var engine = await IsolatedEngine.StartAsync(provider);
        var h = engine.H;
        var name = Unique("answer");
        await h.DeployAsync(Model(name));
        var key = await h.StartAsync("race", new { caseNo = "R-1" });

        h.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await SweepTimersAsync(h));

        Assert.Equal(["start", "gateway", "timeout", "timeoutEnd"], await h.CompletedElementsAsync(key));
        Assert.Empty((await h.PublishAsync(name, "R-1")).ProcessInstanceKeys);
        await Assert.ThrowsAsync<EngineNotFoundException>(() => h.CorrelateAsync(name, "R-1"));
        Assert.DoesNotContain("answered", await h.ActivatedElementsAsync(key));
    }

    [Fact]
    public async Task Message_first_then_the_timer_is_gone()
    {
        await using var engine = await IsolatedEngine.StartAsync(provider);
        var h = engine.H;
        var name = Unique("answer");
        await h.DeployAsync(Model(name));
        var key = await h.StartAsync("race", new { caseNo = "R-2" });

        Assert.Equal(key, await h.CorrelateAsync(name, "R-2"));
        Assert.Empty(await h.SubscriptionsAsync(key));
        h.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(0, await SweepTimersAsync(h));
        Assert.Equal(["start", "gateway", "answered", "answeredEnd"], await h.CompletedElementsAsync(key));
        Assert.DoesNotContain("timeout", await h.ActivatedElementsAsync(key));
    }
}

public sealed class MessageTimerRaceSqliteTests() : MessageTimerRaceTests(DatabaseProvider.Sqlite);
public sealed class MessageTimerRacePostgresTests() : MessageTimerRaceTests(DatabaseProvider.Postgres);
