using Bpm.Engine.Activities;
using Bpm.Engine.Hosting;
using Bpm.Engine.Jobs;
using Bpm.Engine.Persistence;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;
using static Bpm.Engine.Tests.Cluster.ClusterNodes;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>Issue 13: a job a step creates is locked for this node in the step's own commit and handed to the local worker,
/// so it runs without a lock query or a poll; the one-running-job-per-instance rule and takeover still hold.</summary>
public abstract class JobHandoffTests(DatabaseProvider provider)
{
    private static readonly TimeSpan Takeover = new EngineOptions().NodeTakeoverInterval;

    [Fact]
    public async Task Jobs_steps_create_run_on_the_local_worker_without_being_locked_by_a_query()
    {
        LockCountingStore? store = null;
        await using var h = await EngineHarness.StartIsolatedAsync(provider, s =>
        {
            store = LockCountingStore.InstallWithHandoverWorker(s);
            s.AddBpmActivity<QuickActivity>();
        });
        await h.DeployAsync(Bpmn.Process("handed", $"""
            {Start()}{Service("first", "test:quick")}{Service("second", "test:quick")}{Service("third", "test:quick")}{End()}
            {Bpmn.Chain("start", "first", "second", "third", "end")}
            """));
        var worker = h.Services.GetServices<IHostedService>().OfType<JobWorkerService>().Single();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            // The worker runs on a thread of its own: it takes handed jobs once it has started (its first look at the database).
            var deadline = DateTime.UtcNow + InstanceWaits.Patience;
            while (store!.Queries == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "the worker did not start");
                await System.Threading.Tasks.Task.Delay(10);
            }
            var keys = new List<long>();
            for (var i = 0; i < 3; i++) keys.Add(await h.StartAsync("handed"));

            await InstanceWaits.UntilCompletedAsync(h, keys);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
        // Nine jobs ran; the worker's lock queries (at start-up, after an instance's last job) returned none of them.
        Assert.Equal(0, store!.LockedJobs);
    }

    [Fact]
    public async Task A_node_that_dies_holding_a_handed_job_has_it_taken_over()
    {
        await using var cluster = await ClusterNodes.CreateAsync(provider);
        // The start hands its job to the worker rather than running it in its own step.
        var a = await cluster.StartNodeAsync("node-a", 1, s => s.Configure<EngineOptions>(o => o.RunJobsInCommandStep = false));
        var b = await cluster.StartNodeAsync("node-b", 2);
        await Registry(a).RegisterAsync(CancellationToken.None);
        await Registry(b).RegisterAsync(CancellationToken.None);
        await a.DeployAsync(Bpmn.Process("handed_takeover", $"""
            {Start()}{Service("count", "bpm:counter")}{End()}
            {Bpmn.Chain("start", "count", "end")}
            """));
        // Node a's worker takes handed jobs, but a dies before it runs the one its start step handed it.
        var handoff = a.Services.GetRequiredService<EngineContext>().Handoff;
        handoff.Open(4, CancellationToken.None);
        var key = await a.StartAsync("handed_takeover", new { count = 1 });
        var handed = Assert.Single(handoff.Take(10));
        Assert.Equal("node-a", (await a.Services.GetRequiredService<IEngineStore>().FindJobAsync(handed.Key, CancellationToken.None))!.LockedBy);
        Assert.Equal(0, await b.RunJobsAsync());

        cluster.Clock.Advance(Takeover + TimeSpan.FromSeconds(1));
        Assert.True(await Registry(b).HeartbeatAsync(CancellationToken.None));
        Assert.Equal(1, (await Registry(b).TakeOverDeadNodesAsync(CancellationToken.None)).ReleasedJobs);
        Assert.Equal(1, await b.RunJobsAsync());

        Assert.Equal("COMPLETED", (await b.InstanceAsync(key)).State);
    }

    [Fact]
    public async Task A_job_a_step_creates_while_another_node_runs_a_job_of_its_instance_waits_for_it()
    {
        await using var cluster = await ClusterNodes.CreateAsync(provider);
        var gate = new JobGate();
        var probe = new InstanceOverlapProbe();
        var stores = new List<LockCountingStore>();
        void Configure(IServiceCollection s)
        {
            stores.Add(LockCountingStore.Install(s));
            s.AddSingleton(gate);
            s.AddSingleton(probe);
            s.AddBpmActivity<ProbedGatedActivity>();
            s.AddBpmActivity<ProbedQuickActivity>();
            s.Configure<EngineOptions>(o =>
            {
                o.RunJobWorker = true;
                o.RunJobsInCommandStep = false;
                // Both nodes keep looking for due jobs while the first job runs.
                o.JobPollInterval = TimeSpan.FromMilliseconds(20);
            });
        }
        var a = await cluster.StartNodeAsync("node-a", 1, Configure);
        var b = await cluster.StartNodeAsync("node-b", 2, Configure);
        await a.DeployAsync(Bpmn.Process("one_at_a_time", $"""
            {Start()}{Gateway("parallel", "fork")}{Service("slow", "test:probed-gated")}{Bpmn.UserTask("review")}
            {Service("quick", "test:probed-quick")}{Gateway("parallel", "join")}{End()}
            {Bpmn.Chain("start", "fork", "slow", "join", "end")}
            {Bpmn.Flow("f_fork_review", "fork", "review")}{Bpmn.Chain("review", "quick", "join")}
            """));
        var workers = new[] { a, b }.Select(n => n.Services.GetServices<IHostedService>().OfType<JobWorkerService>().Single()).ToList();
        foreach (var worker in workers) await worker.StartAsync(CancellationToken.None);
        try
        {
            var key = await a.StartAsync("one_at_a_time");
            await gate.Entered.WaitAsync(InstanceWaits.Patience);

            // b's step locks its new job for itself unless a job of the instance is locked: here it must insert it unlocked.
            await b.CompleteTaskAsync(key, "review");
            var looked = stores.Select(s => s.Queries).ToList();
            var deadline = DateTime.UtcNow + InstanceWaits.Patience;
            while (stores.Select((s, i) => s.Queries - looked[i]).Min() < 3)
            {
                Assert.True(DateTime.UtcNow < deadline, "the nodes did not look for due jobs");
                await System.Threading.Tasks.Task.Delay(10);
            }
            Assert.Equal(1, probe.Runs);

            gate.Open();
            await InstanceWaits.UntilCompletedAsync(a, [key]);
            Assert.Equal(2, probe.Runs);
            Assert.Equal(1, probe.MaxOverlap);
        }
        finally
        {
            foreach (var worker in workers) await worker.StopAsync(CancellationToken.None);
        }
    }
}

public sealed class JobHandoffSqliteTests() : JobHandoffTests(DatabaseProvider.Sqlite);
public sealed class JobHandoffPostgresTests() : JobHandoffTests(DatabaseProvider.Postgres);
