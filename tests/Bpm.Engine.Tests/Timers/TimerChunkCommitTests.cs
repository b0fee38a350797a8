using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Records;
using Bpm.Engine.Tests.Behaviour.Flow;
using Bpm.Engine.Tests.Cluster;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Timers;

/// <summary>Issue 13, timers: the sweep writes the steps of a chunk of claimed timers in one commit, while each timer's step
/// still succeeds or fails on its own.</summary>
public abstract class TimerChunkCommitTests(DatabaseProvider provider)
{
    private const int ChunkSize = 8;

    private static async Task<(TimerEngine Engine, LockCountingStore Store)> StartAsync(DatabaseProvider provider, int slots)
    {
        LockCountingStore? store = null;
        var engine = await TimerEngine.StartAsync(provider, s =>
        {
            store = LockCountingStore.Install(s);
            s.Configure<EngineOptions>(o => ChunkedSweep.Configure(o, slots, ChunkSize));
        });
        return (engine, store!);
    }

    private static string Waiting(string id, string after = "") => Bpmn.Process(id, $"""
        <bpmn:startEvent id="start" />
        {Catch("wait", "timeDuration", "PT1H")}
        {after}
        """);

    private static async Task<List<long>> StartManyAsync(TimerEngine e, string processId, int count, Func<int, object?>? variables = null)
    {
        var keys = new List<long>();
        for (var i = 0; i < count; i++) keys.Add(await e.H.StartAsync(processId, variables?.Invoke(i)));
        return keys;
    }

    [Fact]
    public async Task A_batch_of_due_timers_fires_in_one_commit_per_chunk()
    {
        const int timers = 45;
        var (e, store) = await StartAsync(provider, slots: timers);
        await using var _ = e;
        await e.H.DeployAsync(Waiting("chunked", $"""<bpmn:endEvent id="end" />{Bpmn.Chain("start", "wait", "end")}"""));
        var keys = await StartManyAsync(e, "chunked", timers);
        e.H.Clock.Advance(TimeSpan.FromHours(1));
        var commitsBefore = store.Commits;

        Assert.Equal(timers, await e.SweepAsync());

        Assert.Equal((timers + ChunkSize - 1) / ChunkSize, store.Commits - commitsBefore);
        foreach (var key in keys)
        {
            Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
            Assert.Equal(1, await e.H.CountAsync(key, "wait", "COMPLETED"));
            await AssertChainIntactAsync(e, key);
        }
        Assert.Empty(await e.TimersAsync());
    }

    /// <summary>Each instance's history chain, sealed in a commit shared with other instances, verifies on its own.</summary>
    private static async Task AssertChainIntactAsync(TimerEngine e, long key)
    {
        var report = await e.H.Services.GetRequiredService<RecordVerifier>().VerifyInstanceAsync(key, CancellationToken.None);
        Assert.True(report is { Valid: true }, report?.Reason);
    }

    [Fact]
    public async Task A_timer_whose_step_fails_gets_its_incident_and_the_rest_of_its_chunk_fires()
    {
        var (e, store) = await StartAsync(provider, slots: ChunkSize);
        await using var _ = e;
        // The gateway after the timer finds no way on for route 2: that step ends in a CONDITION_ERROR incident.
        await e.H.DeployAsync(Waiting("routed", $"""
            <bpmn:exclusiveGateway id="gw" />
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "wait", "gw")}
            {Bpmn.Flow("toEnd", "gw", "end", "=route = 1")}
            """));
        var keys = await StartManyAsync(e, "routed", ChunkSize, i => new { route = i == 3 ? 2 : 1 });
        e.H.Clock.Advance(TimeSpan.FromHours(1));
        var commitsBefore = store.Commits;

        Assert.Equal(ChunkSize, await e.SweepAsync());

        Assert.Equal(1, store.Commits - commitsBefore);
        var failed = keys[3];
        var incident = Assert.Single(await e.H.IncidentsAsync(failed));
        Assert.Equal("CONDITION_ERROR", incident.ErrorType);
        Assert.Equal("gw", incident.ElementId);
        Assert.Equal("ACTIVE", (await e.H.InstanceAsync(failed)).State);
        Assert.Equal(1, await e.H.CountAsync(failed, "wait", "COMPLETED"));
        foreach (var key in keys.Where(k => k != failed))
        {
            Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
            Assert.Empty(await e.H.IncidentsAsync(key));
        }
        Assert.Empty(await e.TimersAsync());
    }

    [Fact]
    public async Task A_failed_chunk_commit_leaves_its_timers_due_and_they_fire_once_when_the_claim_expires()
    {
        const int timers = 2 * ChunkSize;
        var (e, store) = await StartAsync(provider, slots: timers);
        await using var _ = e;
        await e.H.DeployAsync(Waiting("retried", $"""<bpmn:endEvent id="end" />{Bpmn.Chain("start", "wait", "end")}"""));
        var keys = await StartManyAsync(e, "retried", timers);
        e.H.Clock.Advance(TimeSpan.FromHours(1));

        store.FailCommits = true;
        Assert.Equal(0, await e.SweepAsync());
        store.FailCommits = false;

        foreach (var key in keys)
        {
            Assert.Equal("ACTIVE", (await e.H.InstanceAsync(key)).State);
            Assert.Equal(0, await e.H.CountAsync(key, "wait", "COMPLETED"));
        }
        var due = await e.TimersAsync();
        Assert.Equal(timers, due.Count);
        // Claimed by the sweep that failed: no other sweep fires them until the claim expires.
        Assert.Equal(0, await e.SweepAsync());

        e.H.Clock.Advance(TimeSpan.FromMinutes(1));
        var commitsBefore = store.Commits;
        Assert.Equal(timers, await e.SweepAsync());

        Assert.Equal(timers / ChunkSize, store.Commits - commitsBefore);
        foreach (var key in keys)
        {
            Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
            Assert.Equal(1, await e.H.CountAsync(key, "wait", "COMPLETED"));
        }
        Assert.Empty(await e.TimersAsync());
        Assert.Equal(0, await e.SweepAsync());
    }

    [Fact]
    public async Task Two_timers_of_one_instance_due_together_fire_once_each_in_due_order()
    {
        var (e, store) = await StartAsync(provider, slots: ChunkSize);
        await using var _ = e;
        await e.H.DeployAsync(Bpmn.Process("pair", $"""
            <bpmn:startEvent id="start" />
            <bpmn:parallelGateway id="fork" />
            {Catch("second", "timeDuration", "PT2H")}
            {Catch("first", "timeDuration", "PT1H")}
            <bpmn:parallelGateway id="join" />
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "fork")}
            {Bpmn.Flow("toSecond", "fork", "second")}
            {Bpmn.Flow("toFirst", "fork", "first")}
            {Bpmn.Flow("secondJoin", "second", "join")}
            {Bpmn.Flow("firstJoin", "first", "join")}
            {Bpmn.Chain("join", "end")}
            """));
        var pair = await e.H.StartAsync("pair");
        var others = await StartManyAsync(e, "pair", 2);
        e.H.Clock.Advance(TimeSpan.FromHours(3));
        var commitsBefore = store.Commits;

        Assert.Equal(6, await e.SweepAsync());

        // The first timers of the three instances share a commit; their second timers run after it, in another.
        Assert.Equal(2, store.Commits - commitsBefore);
        foreach (var key in others.Prepend(pair))
        {
            Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
            var completed = await e.H.CompletedElementsAsync(key);
            Assert.Equal(["first", "second"], completed.Where(id => id is "first" or "second"));
            await AssertChainIntactAsync(e, key);
        }
        Assert.Empty(await e.TimersAsync());
    }
}

public sealed class TimerChunkCommitSqliteTests() : TimerChunkCommitTests(DatabaseProvider.Sqlite);
public sealed class TimerChunkCommitPostgresTests() : TimerChunkCommitTests(DatabaseProvider.Postgres);
