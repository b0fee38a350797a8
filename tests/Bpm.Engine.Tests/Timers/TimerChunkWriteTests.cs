using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Records;
using Bpm.Engine.Tests.Behaviour.Flow;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Timers.TimerBpmn;

namespace Bpm.Engine.Tests.Timers;

/// <summary>Issue 13, timers: a merged chunk writes its instances, fired timers and journal rows with one statement per
/// table; a row that another writer changed first refuses the whole chunk, and each timer's step runs again alone, once.</summary>
public abstract class TimerChunkWriteTests(DatabaseProvider provider)
{
    private const int ChunkSize = 8;

    private static async Task<(TimerEngine Engine, ChunkRaceStore Store, List<long> Keys)> WaitingAsync(DatabaseProvider provider)
    {
        ChunkRaceStore? store = null;
        var engine = await TimerEngine.StartAsync(provider, s =>
        {
            store = ChunkRaceStore.Install(s);
            s.Configure<EngineOptions>(o => ChunkedSweep.Configure(o, ChunkSize, ChunkSize));
        });
        await engine.H.DeployAsync(Bpmn.Process("raced", $"""
            <bpmn:startEvent id="start" />
            {Catch("wait", "timeDuration", "PT1H")}
            <bpmn:endEvent id="end" />
            {Bpmn.Chain("start", "wait", "end")}
            """));
        var keys = new List<long>();
        for (var i = 0; i < ChunkSize; i++) keys.Add(await engine.H.StartAsync("raced"));
        engine.H.Clock.Advance(TimeSpan.FromHours(1));
        store!.Commits.Clear();
        return (engine, store, keys);
    }

    [Fact]
    public async Task A_chunk_with_one_instance_changed_meanwhile_is_refused_whole_and_each_timer_fires_alone_once()
    {
        var (e, store, keys) = await WaitingAsync(provider);
        await using var _ = e;
        // Another step committed on one instance of the chunk after the sweep read it: its revision moved on.
        store.Race = (context, key) => context.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE process_instances SET revision = revision + 1 WHERE key = {key}");

        Assert.Equal(ChunkSize, await e.SweepAsync());

        Assert.NotNull(store.RacedInstance);
        Assert.Equal((ChunkSize, false), store.Commits[0]);
        Assert.Equal(Enumerable.Repeat((1, true), ChunkSize), store.Commits.Skip(1));
        foreach (var key in keys)
        {
            Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
            Assert.Equal(1, await e.H.CountAsync(key, "wait", "COMPLETED"));
            var report = await e.H.Services.GetRequiredService<RecordVerifier>().VerifyInstanceAsync(key, CancellationToken.None);
            Assert.True(report is { Valid: true }, report?.Reason);
        }
        Assert.Empty(await e.TimersAsync());
    }

    [Fact]
    public async Task A_chunk_holding_a_timer_that_is_gone_is_refused_whole_and_the_others_fire_alone()
    {
        var (e, store, keys) = await WaitingAsync(provider);
        await using var _ = e;
        // Its timer row went before the chunk's commit (as when another node fired it): the chunk's delete misses one row.
        store.Race = (context, key) => context.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM subscriptions WHERE process_instance_key = {key}");

        Assert.Equal(ChunkSize - 1, await e.SweepAsync());

        var raced = Assert.IsType<long>(store.RacedInstance);
        Assert.Equal((ChunkSize, false), store.Commits[0]);
        Assert.Equal(Enumerable.Repeat((1, true), ChunkSize - 1), store.Commits.Skip(1));
        Assert.Equal("ACTIVE", (await e.H.InstanceAsync(raced)).State);
        Assert.Equal(0, await e.H.CountAsync(raced, "wait", "COMPLETED"));
        foreach (var key in keys.Where(k => k != raced))
        {
            Assert.Equal("COMPLETED", (await e.H.InstanceAsync(key)).State);
            Assert.Equal(1, await e.H.CountAsync(key, "wait", "COMPLETED"));
        }
        Assert.Empty(await e.TimersAsync());
    }
}

public sealed class TimerChunkWriteSqliteTests() : TimerChunkWriteTests(DatabaseProvider.Sqlite);
public sealed class TimerChunkWritePostgresTests() : TimerChunkWriteTests(DatabaseProvider.Postgres);
