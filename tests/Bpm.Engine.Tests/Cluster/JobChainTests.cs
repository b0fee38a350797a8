using Bpm.Engine.Activities;
using Bpm.Engine.Hosting;
using Bpm.Engine.Jobs;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Tests.Behaviour.Flow;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;
using static Bpm.Engine.Tests.Cluster.BackgroundWorkerRun;
using static Bpm.Engine.Tests.Cluster.ClusterNodes;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>Issue 13, job throughput: the background worker runs the follow-up jobs of an instance inside the completion step
/// of the job that created them, so they commit together; failures are recorded as the worker records them, and a node that
/// stops before the chain commits leaves the first job to be taken over (at least once).</summary>
public abstract class JobChainTests(DatabaseProvider provider)
{
    private static readonly TimeSpan Takeover = new EngineOptions().NodeTakeoverInterval;

    private static string ThreeCounters(string id) => Bpmn.Process(id, $"""
        {Start()}{Service("c1", "bpm:counter")}{Service("c2", "bpm:counter")}{Service("c3", "bpm:counter")}{End()}
        {Bpmn.Chain("start", "c1", "c2", "c3", "end")}
        """);

    [Fact]
    public async Task Follow_up_jobs_of_an_instance_commit_with_the_job_that_ran_first()
    {
        var (commits, h) = await RunToCompletionAsync(provider, "chained", ThreeCounters("chained"), options: null);
        await using (h)
        {
            // The start, then one step for the three jobs (each saw the count the one before it wrote).
            Assert.Equal(2, commits.Steps);
            var instance = await h.InstanceAsync(commits.InstanceKey);
            Assert.Equal(3m, instance.Variables.Number("count"));
            Assert.Equal(["start", "c1", "c2", "c3", "end"], await h.CompletedElementsAsync(commits.InstanceKey));
            Assert.Empty(await JobsOfAsync(h, commits.InstanceKey));
        }
    }

    [Fact]
    public async Task The_chain_stops_at_its_limit_and_a_limit_of_zero_commits_each_job_alone()
    {
        var (limited, h1) = await RunToCompletionAsync(provider, "chain_limited", ThreeCounters("chain_limited"), o => o.JobChainLimit = 1);
        await using (h1)
        {
            // start; c1 + c2; c3.
            Assert.Equal(3, limited.Steps);
            Assert.Equal(3m, (await h1.InstanceAsync(limited.InstanceKey)).Variables.Number("count"));
        }
        var (unchained, h2) = await RunToCompletionAsync(provider, "chain_off", ThreeCounters("chain_off"), o => o.JobChainLimit = 0);
        await using (h2)
        {
            Assert.Equal(4, unchained.Steps);
            Assert.Equal(3m, (await h2.InstanceAsync(unchained.InstanceKey)).Variables.Number("count"));
        }
    }

    [Fact]
    public async Task A_follow_up_that_fails_in_the_chain_is_recorded_as_the_worker_records_a_failed_job()
    {
        var budget = new FailureBudget(1);
        LockCountingStore? store = null;
        await using var h = await EngineHarness.StartIsolatedAsync(provider, s =>
        {
            store = LockCountingStore.Install(s);
            s.AddSingleton(budget);
            s.AddBpmActivity<QuickActivity>();
            s.AddBpmActivity<FlakyJobActivity>();
            WorkerOptions(s, null);
        });
        await h.DeployAsync(Bpmn.Process("chain_fails", $"""
            {Start()}{Service("quick", "test:quick")}{Service("flaky", "test:flaky-job", retries: "1")}{End()}
            {Bpmn.Chain("start", "quick", "flaky", "end")}
            """));
        long key = 0;
        var steps = await WithWorkerAsync(h, store!, async () =>
        {
            key = await h.StartAsync("chain_fails");
            var deadline = DateTime.UtcNow + InstanceWaits.Patience;
            while ((await h.IncidentsAsync(key)).Count == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "no incident was opened for the failed follow-up");
                await System.Threading.Tasks.Task.Delay(10);
            }
        });

        // One run of the flaky job, no retry left: an incident, committed with the quick job's completion.
        Assert.Equal(2, steps);
        Assert.Equal(1, budget.Attempts);
        Assert.Contains("flaky job attempt 1 failed", Assert.Single(await h.IncidentsAsync(key)).ErrorMessage);
        Assert.Equal(["start", "quick"], await h.CompletedElementsAsync(key));
        var job = Assert.Single(await JobsOfAsync(h, key));
        Assert.Equal(("flaky", Bpm.Engine.Persistence.States.JobState.Failed, 0), (job.ElementId, job.State, job.Retries));
    }

    [Fact]
    public async Task A_node_that_stops_during_a_chained_follow_up_commits_nothing_and_its_job_is_taken_over()
    {
        await using var cluster = await ClusterNodes.CreateAsync(provider);
        var gate = new JobGate();
        var probe = new InstanceOverlapProbe();
        void Configure(IServiceCollection s)
        {
            s.AddSingleton(gate);
            s.AddSingleton(probe);
            s.AddBpmActivity<ProbedQuickActivity>();
            s.AddBpmActivity<GatedActivity>();
        }
        var a = await cluster.StartNodeAsync("node-a", 1, s =>
        {
            Configure(s);
            WorkerOptions(s, null);
        });
        var b = await cluster.StartNodeAsync("node-b", 2, Configure);
        await Registry(a).RegisterAsync(CancellationToken.None);
        await Registry(b).RegisterAsync(CancellationToken.None);
        await a.DeployAsync(Bpmn.Process("chain_stops", $"""
            {Start()}{Service("quick", "test:probed-quick")}{Service("slow", "test:gated")}{End()}
            {Bpmn.Chain("start", "quick", "slow", "end")}
            """));
        var worker = a.Services.GetServices<IHostedService>().OfType<JobWorkerService>().Single();
        await worker.StartAsync(CancellationToken.None);
        long key;
        try
        {
            key = await a.StartAsync("chain_stops");
            await gate.Entered.WaitAsync(InstanceWaits.Patience);

            // The quick job has run and its follow-up runs in the same step: the database still shows only the quick job,
            // locked by node a, and the instance as the start left it.
            var held = Assert.Single(await JobsOfAsync(a, key));
            Assert.Equal(("quick", "node-a"), (held.ElementId, held.LockedBy));
            Assert.Equal(["start"], await a.CompletedElementsAsync(key));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
        Assert.Equal(["start"], await a.CompletedElementsAsync(key));
        Assert.Equal("node-a", Assert.Single(await JobsOfAsync(b, key)).LockedBy);

        // Node a no longer heartbeats: b takes its job over and runs it and its follow-up again (at least once).
        gate.Open();
        cluster.Clock.Advance(Takeover + TimeSpan.FromSeconds(1));
        Assert.True(await Registry(b).HeartbeatAsync(CancellationToken.None));
        Assert.Equal(1, (await Registry(b).TakeOverDeadNodesAsync(CancellationToken.None)).ReleasedJobs);
        Assert.Equal(2, await b.RunJobsAsync());

        Assert.Equal("COMPLETED", (await b.InstanceAsync(key)).State);
        Assert.Equal(["start", "quick", "slow", "end"], await b.CompletedElementsAsync(key));
        Assert.Equal(2, probe.Runs);
        Assert.Equal(1, probe.MaxOverlap);
    }

    private sealed record ChainRun(long InstanceKey, int Steps);

    /// <summary>Starts one instance on a node whose background worker runs its jobs, and counts the commits from the start
    /// to the instance's completion.</summary>
    private static async Task<(ChainRun Run, EngineHarness Harness)> RunToCompletionAsync(DatabaseProvider provider, string processId, string xml,
        Action<EngineOptions>? options)
    {
        LockCountingStore? store = null;
        var h = await EngineHarness.StartIsolatedAsync(provider, s =>
        {
            store = LockCountingStore.Install(s);
            WorkerOptions(s, options);
        });
        try
        {
            await h.DeployAsync(xml);
            long key = 0;
            var steps = await WithWorkerAsync(h, store!, async () =>
            {
                key = await h.StartAsync(processId, new { count = 0 });
                await InstanceWaits.UntilCompletedAsync(h, [key]);
            });
            return (new ChainRun(key, steps), h);
        }
        catch
        {
            await h.DisposeAsync();
            throw;
        }
    }

    private static void WorkerOptions(IServiceCollection services, Action<EngineOptions>? options) =>
        services.Configure<EngineOptions>(o =>
        {
            o.RunJobWorker = true;
            // The worker's chain is under test: a start leaves its jobs to the worker.
            o.RunJobsInCommandStep = false;
            // Far beyond the test's patience: only the handover can start the jobs in time.
            o.JobPollInterval = TimeSpan.FromMinutes(10);
            options?.Invoke(o);
        });
}

public sealed class JobChainSqliteTests() : JobChainTests(DatabaseProvider.Sqlite);
public sealed class JobChainPostgresTests() : JobChainTests(DatabaseProvider.Postgres);
