using Bpm.Engine.Activities;
using Bpm.Engine.Hosting;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.States;
using Bpm.Engine.Tests.Behaviour.Flow;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;
using static Bpm.Engine.Tests.Cluster.BackgroundWorkerRun;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>Issue 13, job-mode latency: a start whose step creates jobs runs them in that step
/// before its commit while this node's worker has a free slot, so a job-mode instance costs one commit (a task completion
/// leaves its jobs to the worker, after its commit); a failing job is
/// recorded as the worker records it, a slow one is left running to the worker after the budget, and a commit that fails
/// leaves nothing.</summary>
public abstract class CommandStepJobTests(DatabaseProvider provider)
{
    private static string ThreeCounters(string id) => Bpmn.Process(id, $"""
        {Start()}{Service("c1", "bpm:counter")}{Service("c2", "bpm:counter")}{Service("c3", "bpm:counter")}{End()}
        {Bpmn.Chain("start", "c1", "c2", "c3", "end")}
        """);

    [Fact]
    public async Task A_job_mode_start_runs_its_jobs_in_its_own_step_and_costs_one_commit()
    {
        var node = await Node.StartAsync(provider);
        await using var h = node.H;
        await h.DeployAsync(ThreeCounters("one_commit"));

        var (key, commits) = await node.WithWorkerAsync(() => h.StartAsync("one_commit", new { count = 0 }));

        // Done when the start returns: no worker round trip, no second commit.
        Assert.Equal(1, commits);
        var instance = await h.InstanceAsync(key);
        Assert.Equal("COMPLETED", instance.State);
        Assert.Equal(3m, instance.Variables.Number("count"));
        Assert.Equal(["start", "c1", "c2", "c3", "end"], await h.CompletedElementsAsync(key));
        Assert.Empty(await JobsOfAsync(h, key));
    }

    [Fact]
    public async Task Turned_off_a_start_leaves_its_jobs_to_the_worker_and_costs_two_commits()
    {
        var node = await Node.StartAsync(provider, o => o.RunJobsInCommandStep = false);
        await using var h = node.H;
        await h.DeployAsync(ThreeCounters("two_commits"));

        var (key, commits) = await node.WithWorkerAsync(async () =>
        {
            var started = await h.StartAsync("two_commits", new { count = 0 });
            await InstanceWaits.UntilCompletedAsync(h, [started]);
            return started;
        });

        Assert.Equal(2, commits);
        Assert.Equal(3m, (await h.InstanceAsync(key)).Variables.Number("count"));
    }

    [Fact]
    public async Task A_task_completion_leaves_the_job_it_creates_to_the_worker_after_its_commit()
    {
        var node = await Node.StartAsync(provider);
        await using var h = node.H;
        await h.DeployAsync(Bpmn.Process("after_review", $"""
            {Start()}{Bpmn.UserTask("review")}{Service("c1", "bpm:counter")}{End()}
            {Bpmn.Chain("start", "review", "c1", "end")}
            """));
        var key = await h.StartAsync("after_review", new { count = 0 });

        var (_, commits) = await node.WithWorkerAsync(async () =>
        {
            await h.CompleteTaskAsync(key, "review");
            await InstanceWaits.UntilCompletedAsync(h, [key]);
            return 0L;
        });

        Assert.Equal(2, commits); // the completion's, then the worker's: the job reads what the completion committed
        Assert.Equal("COMPLETED", (await h.InstanceAsync(key)).State);
        Assert.Equal(1m, (await h.InstanceAsync(key)).Variables.Number("count"));
    }

    [Fact]
    public async Task A_first_job_that_fails_in_the_start_step_opens_the_incident_the_worker_opens()
    {
        var inStep = await FailingFirstJobAsync(provider, runInCommandStep: true);
        var byWorker = await FailingFirstJobAsync(provider, runInCommandStep: false);

        // In the start's own commit; the worker needs a second one.
        Assert.Equal(1, inStep.Commits);
        Assert.Equal(2, byWorker.Commits);
        Assert.Equal(byWorker.Incident, inStep.Incident);
        Assert.Equal(("flaky", "JOB_NO_RETRIES", "服务任务「flaky」：flaky job attempt 1 failed"), inStep.Incident);
        Assert.Equal(byWorker.Job, inStep.Job);
        Assert.Equal(("flaky", JobState.Failed, 0), inStep.Job);
    }

    [Fact]
    public async Task A_slow_job_is_left_running_to_the_worker_after_the_budget()
    {
        var gate = new JobGate();
        var probe = new InstanceOverlapProbe();
        var node = await Node.StartAsync(provider, o => o.CommandJobBudget = TimeSpan.FromMilliseconds(1), s =>
        {
            s.AddSingleton(gate);
            s.AddSingleton(probe);
            s.AddBpmActivity<ProbedGatedActivity>();
        });
        await using var h = node.H;
        await h.DeployAsync(Bpmn.Process("slow_first", $"""
            {Start()}{Service("slow", "test:probed-gated")}{End()}
            {Bpmn.Chain("start", "slow", "end")}
            """));

        var (key, commits) = await node.WithWorkerAsync(async () =>
        {
            // The start returns, once the budget has passed on the engine's clock, while its job's activity is still held
            // at the gate.
            var starting = h.StartAsync("slow_first");
            await gate.Entered.WaitAsync(InstanceWaits.Patience);
            var started = await h.Clock.AdvanceUntilDoneAsync(starting, TimeSpan.FromMilliseconds(1));
            Assert.False(gate.IsOpen);
            Assert.Equal("ACTIVE", (await h.InstanceAsync(started)).State);
            var held = Assert.Single(await JobsOfAsync(h, started));
            Assert.Equal(("slow", h.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EngineOptions>>().Value.NodeId),
                (held.ElementId, held.LockedBy));

            gate.Open();
            await InstanceWaits.UntilCompletedAsync(h, [started]);
            return started;
        });

        // The worker completed the run the start began: the activity ran once, in two commits.
        Assert.Equal(1, probe.Runs);
        Assert.Equal(2, commits);
        Assert.Equal(["start", "slow", "end"], await h.CompletedElementsAsync(key));
        Assert.Empty(await JobsOfAsync(h, key));
    }

    [Fact]
    public async Task A_start_whose_commit_fails_after_running_its_jobs_fails_and_leaves_nothing()
    {
        var node = await Node.StartAsync(provider);
        await using var h = node.H;
        await h.DeployAsync(ThreeCounters("lost_commit"));

        await node.WithWorkerAsync(async () =>
        {
            node.Store.CommitFailure = new InvalidOperationException("数据库在提交时断开");
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => h.StartAsync("lost_commit", new { count = 0 }));
            node.Store.CommitFailure = null;
            Assert.Equal("数据库在提交时断开", failure.Message);
            return 0L;
        });

        await using var context = await h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await context.ProcessInstances.CountAsync(i => i.BpmnProcessId == "lost_commit"));
        Assert.Equal(0, await context.Jobs.CountAsync());
    }

    private sealed record FailingRun(int Commits, (string, string, string) Incident, (string, JobState, int) Job);

    private static async Task<FailingRun> FailingFirstJobAsync(DatabaseProvider provider, bool runInCommandStep)
    {
        var budget = new FailureBudget(1);
        var node = await Node.StartAsync(provider, o => o.RunJobsInCommandStep = runInCommandStep, s =>
        {
            s.AddSingleton(budget);
            s.AddBpmActivity<FlakyJobActivity>();
        });
        await using var h = node.H;
        await h.DeployAsync(Bpmn.Process("first_fails", $"""
            {Start()}{Service("flaky", "test:flaky-job", retries: "1")}{End()}
            {Bpmn.Chain("start", "flaky", "end")}
            """));
        var (key, commits) = await node.WithWorkerAsync(async () =>
        {
            var started = await h.StartAsync("first_fails");
            var deadline = DateTime.UtcNow + InstanceWaits.Patience;
            while ((await h.IncidentsAsync(started)).Count == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "no incident was opened for the failed job");
                await System.Threading.Tasks.Task.Delay(10);
            }
            return started;
        });
        Assert.Equal(1, budget.Attempts);
        var incident = Assert.Single(await h.IncidentsAsync(key));
        var job = Assert.Single(await JobsOfAsync(h, key));
        return new FailingRun(commits, (incident.ElementId, incident.ErrorType, incident.ErrorMessage), (job.ElementId, job.State, job.Retries));
    }

    /// <summary>An isolated engine whose background worker can be started, counting its commits.</summary>
    private sealed class Node(EngineHarness h, LockCountingStore store)
    {
        public EngineHarness H { get; } = h;
        public LockCountingStore Store { get; } = store;

        public static async Task<Node> StartAsync(DatabaseProvider provider, Action<EngineOptions>? options = null,
            Action<IServiceCollection>? configure = null)
        {
            LockCountingStore? store = null;
            var h = await EngineHarness.StartIsolatedAsync(provider, s =>
            {
                store = LockCountingStore.Install(s);
                s.Configure<EngineOptions>(o =>
                {
                    o.RunJobWorker = true;
                    // Far beyond the test's patience: only the command's step or the handover can run the jobs in time.
                    o.JobPollInterval = TimeSpan.FromMinutes(10);
                    options?.Invoke(o);
                });
                configure?.Invoke(s);
            });
            return new Node(h, store!);
        }

        /// <summary>Runs <paramref name="body"/> while the background worker runs; returns its result and the commits it made.</summary>
        public async Task<(long Result, int Commits)> WithWorkerAsync(Func<Task<long>> body)
        {
            long result = 0;
            var commits = await BackgroundWorkerRun.WithWorkerAsync(H, Store, async () => result = await body());
            return (result, commits);
        }
    }
}

public sealed class CommandStepJobSqliteTests() : CommandStepJobTests(DatabaseProvider.Sqlite);
public sealed class CommandStepJobPostgresTests() : CommandStepJobTests(DatabaseProvider.Postgres);
