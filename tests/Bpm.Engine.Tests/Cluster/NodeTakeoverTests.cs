using Bpm.Engine.Cluster;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Timers;
using Bpm.Engine.Timers;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;
using static Bpm.Engine.Tests.Cluster.ClusterNodes;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>A node dies holding a job lock or a timer claim: the live nodes take its work over once its heartbeat is older
/// than the takeover interval (30 s), not after the 5-minute lock timeout. The clock is moved, never waited for.</summary>
public abstract class NodeTakeoverTests(DatabaseProvider provider)
{
    private static readonly TimeSpan Takeover = new EngineOptions().NodeTakeoverInterval;
    private static readonly TimeSpan LockTimeout = new EngineOptions().JobLockTimeout;

    [Fact]
    public async Task A_dead_nodes_locked_job_runs_on_a_live_node_within_the_takeover_interval()
    {
        await using var cluster = await ClusterNodes.CreateAsync(provider);
        // Node a locks the job and dies before it finishes.
        var (_, b, key, died) = await NodeAHoldsAJobAsync(cluster, "takeover_job");
        await Registry(b).RegisterAsync(CancellationToken.None);
        Assert.Equal(0, await b.RunJobsAsync());

        cluster.Clock.Advance(Takeover - TimeSpan.FromSeconds(5));
        Assert.True(await Registry(b).HeartbeatAsync(CancellationToken.None));
        Assert.Empty((await Registry(b).TakeOverDeadNodesAsync(CancellationToken.None)).DeadNodes);
        Assert.Equal(0, await b.RunJobsAsync());

        cluster.Clock.Advance(TimeSpan.FromSeconds(6));
        Assert.True(await Registry(b).HeartbeatAsync(CancellationToken.None));
        var takeover = await Registry(b).TakeOverDeadNodesAsync(CancellationToken.None);
        Assert.Equal(["node-a"], takeover.DeadNodes);
        Assert.Equal(1, takeover.ReleasedJobs);
        Assert.Equal(1, await b.RunJobsAsync());

        Assert.Equal("COMPLETED", (await b.InstanceAsync(key)).State);
        Assert.True(cluster.Clock.GetUtcNow() - died < LockTimeout);
    }

    [Fact]
    public async Task A_dead_nodes_claimed_timer_fires_on_a_live_node_within_the_takeover_interval()
    {
        await using var cluster = await ClusterNodes.CreateAsync(provider);
        var a = await cluster.StartNodeAsync("node-a", 1);
        var b = await cluster.StartNodeAsync("node-b", 2);
        await Registry(a).RegisterAsync(CancellationToken.None);
        await Registry(b).RegisterAsync(CancellationToken.None);
        await b.DeployAsync(Bpmn.Process("takeover_timer", $"""
            {Start()}{TimerBpmn.Catch("wait", "timeDuration", "PT1M")}{End()}
            {Bpmn.Chain("start", "wait", "end")}
            """));
        var key = await a.StartAsync("takeover_timer");
        cluster.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await Registry(a).HeartbeatAsync(CancellationToken.None));
        Assert.True(await Registry(b).HeartbeatAsync(CancellationToken.None));
        var died = cluster.Clock.GetUtcNow();
        var store = a.Services.GetRequiredService<IEngineStore>();
        Assert.Single(await store.ClaimDueTimersAsync("node-a", died, died + TimeSpan.FromMinutes(5), 10, CancellationToken.None));
        var sweep = b.Services.GetRequiredService<TimerSweep>();
        Assert.Equal(0, await sweep.RunDueTimersAsync(CancellationToken.None));

        cluster.Clock.Advance(Takeover + TimeSpan.FromSeconds(1));
        Assert.True(await Registry(b).HeartbeatAsync(CancellationToken.None));
        Assert.Equal(1, (await Registry(b).TakeOverDeadNodesAsync(CancellationToken.None)).ReleasedTimers);
        Assert.Equal(1, await sweep.RunDueTimersAsync(CancellationToken.None));

        Assert.Equal("COMPLETED", (await b.InstanceAsync(key)).State);
    }

    [Fact]
    public async Task A_node_that_heartbeats_keeps_its_work()
    {
        await using var cluster = await ClusterNodes.CreateAsync(provider);
        var (a, b, _, _) = await NodeAHoldsAJobAsync(cluster, "kept_job");
        await Registry(b).RegisterAsync(CancellationToken.None);

        for (var beat = 0; beat < 20; beat++)
        {
            cluster.Clock.Advance(TimeSpan.FromSeconds(5));
            Assert.True(await Registry(a).HeartbeatAsync(CancellationToken.None));
            Assert.True(await Registry(b).HeartbeatAsync(CancellationToken.None));
            Assert.Empty((await Registry(b).TakeOverDeadNodesAsync(CancellationToken.None)).DeadNodes);
        }
        Assert.Equal(0, await b.RunJobsAsync());
    }

    [Fact]
    public async Task A_node_number_held_by_a_live_node_is_refused_and_free_again_once_that_node_is_dead()
    {
        await using var cluster = await ClusterNodes.CreateAsync(provider);
        var a = await cluster.StartNodeAsync("node-a", 7);
        var intruder = await cluster.StartNodeAsync("node-b", 7);
        await Registry(a).RegisterAsync(CancellationToken.None);

        var refused = await Assert.ThrowsAsync<NodeNumberInUseException>(() => Registry(intruder).RegisterAsync(CancellationToken.None));
        Assert.Equal(("node-a", 7), (refused.Holder, refused.NodeNumber));
        Assert.Contains("Bpm:Engine:NodeNumber", refused.Message);

        // The same node restarting takes its number back at once.
        var restarted = await cluster.StartNodeAsync("node-a", 7);
        await Registry(restarted).RegisterAsync(CancellationToken.None);

        cluster.Clock.Advance(Takeover + TimeSpan.FromSeconds(1));
        await Registry(intruder).RegisterAsync(CancellationToken.None);
        Assert.False(await Registry(a).HeartbeatAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_heartbeat_service_refuses_to_start_a_node_whose_number_a_live_node_holds()
    {
        await using var cluster = await ClusterNodes.CreateAsync(provider);
        var a = await cluster.StartNodeAsync("node-a", 9);
        var b = await cluster.StartNodeAsync("node-b", 9);
        await Heartbeat(a).StartAsync(CancellationToken.None);
        try
        {
            await Assert.ThrowsAsync<NodeNumberInUseException>(() => Heartbeat(b).StartAsync(CancellationToken.None));
        }
        finally
        {
            await Heartbeat(a).StopAsync(CancellationToken.None);
        }
        // A clean stop frees the number at once.
        await Heartbeat(b).StartAsync(CancellationToken.None);
        await Heartbeat(b).StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_node_that_just_reached_the_database_gives_the_others_a_takeover_interval_before_declaring_them_dead()
    {
        await using var cluster = await ClusterNodes.CreateAsync(provider);
        var (_, b, _, _) = await NodeAHoldsAJobAsync(cluster, "late_job");

        // b starts when a's heartbeat is already old (as after an outage that cut every node off): b waits until it has
        // itself reached the database for a whole interval, so a live node that was cut off too can heartbeat first.
        cluster.Clock.Advance(Takeover + TimeSpan.FromSeconds(1));
        await Heartbeat(b).StartAsync(CancellationToken.None);
        try
        {
            await Heartbeat(b).BeatAsync(CancellationToken.None);
            Assert.Equal(0, await b.RunJobsAsync());

            cluster.Clock.Advance(Takeover);
            await Heartbeat(b).BeatAsync(CancellationToken.None);
            Assert.Equal(1, await b.RunJobsAsync());
        }
        finally
        {
            await Heartbeat(b).StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Nodes a (registered) and b, and an instance of a one-job process whose job node a has locked.</summary>
    private static async Task<(EngineHarness A, EngineHarness B, long Instance, DateTimeOffset Locked)> NodeAHoldsAJobAsync(
        ClusterNodes cluster, string processId)
    {
        var a = await cluster.StartNodeAsync("node-a", 1);
        var b = await cluster.StartNodeAsync("node-b", 2);
        await Registry(a).RegisterAsync(CancellationToken.None);
        await a.DeployAsync(Bpmn.Process(processId, $"""
            {Start()}{Service("count", "bpm:counter")}{End()}
            {Bpmn.Chain("start", "count", "end")}
            """));
        var key = await a.StartAsync(processId, new { count = 1 });
        var now = cluster.Clock.GetUtcNow();
        Assert.Single(await a.Services.GetRequiredService<IEngineStore>().LockDueJobsAsync("node-a", now, now + LockTimeout, 10, CancellationToken.None));
        return (a, b, key, now);
    }

    private static NodeHeartbeatService Heartbeat(EngineHarness node) =>
        node.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<NodeHeartbeatService>().Single();
}

public sealed class NodeTakeoverSqliteTests() : NodeTakeoverTests(DatabaseProvider.Sqlite);
public sealed class NodeTakeoverPostgresTests() : NodeTakeoverTests(DatabaseProvider.Postgres);
