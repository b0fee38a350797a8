using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Cluster;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Timers;

/// <summary>Issue 13, timers: a backlog of due timers is claimed in batches (once half of the sweep's slots are free), not
/// with a claim query for each timer that finished.</summary>
public abstract class TimerSweepBatchTests(DatabaseProvider provider)
{
    private const int Slots = 16;
    private const int Timers = 160;

    [Fact]
    public async Task A_backlog_of_due_timers_fires_with_a_claim_query_per_half_batch_not_per_timer()
    {
        LockCountingStore? store = null;
        await using var e = await TimerEngine.StartAsync(provider, s =>
        {
            store = LockCountingStore.Install(s);
            s.Configure<EngineOptions>(o =>
            {
                o.TimerSweepConcurrency = Slots;
                o.TimerSweepBatchSize = Slots;
                // Only finished timers wake the sweep (a poll while they run would add an empty claim on a slow machine).
                o.TimerPollInterval = TimeSpan.FromMinutes(10);
            });
        });
        await e.H.DeployAsync(Bpmn.Process("backlog", $"""
            <bpmn:startEvent id="start" />
            {Catch("wait", "timeDuration", "PT1H")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "wait", "end")}
            """));
        var keys = new List<long>();
        for (var i = 0; i < Timers; i++) keys.Add(await e.H.StartAsync("backlog"));
        e.H.Clock.Advance(TimeSpan.FromHours(1));
        var claimsBefore = store!.TimerClaims;

        Assert.Equal(Timers, await e.SweepAsync());

        // Each claim but the last takes at least half the slots' worth of timers; the last finds none left.
        Assert.InRange(store.TimerClaims - claimsBefore, Timers / Slots, Timers / (Slots / 2) + 1);
        foreach (var key in keys) Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
        Assert.Empty(await e.TimersAsync());
    }
}

public sealed class TimerSweepBatchSqliteTests() : TimerSweepBatchTests(DatabaseProvider.Sqlite);
public sealed class TimerSweepBatchPostgresTests() : TimerSweepBatchTests(DatabaseProvider.Postgres);
