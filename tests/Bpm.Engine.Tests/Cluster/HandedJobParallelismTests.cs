using Bpm.Engine.Activities;
using Bpm.Engine.Hosting;
using Bpm.Engine.Jobs;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>Issue 13, job-mode latency: the worker starts each handed job on the thread pool, so the jobs of several instances
/// run at once instead of one after the other on the worker's loop (which ran each up to its commit before taking the next),
/// and takes handed jobs while its lock query waits for the database.</summary>
public abstract class HandedJobParallelismTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_handed_job_that_blocks_its_thread_does_not_hold_back_the_next_handed_job()
    {
        var rendezvous = new JobRendezvous(2);
        LockCountingStore? store = null;
        await using var h = await EngineHarness.StartIsolatedAsync(provider, s =>
        {
            store = LockCountingStore.InstallWithHandoverWorker(s);
            s.AddSingleton(rendezvous);
            s.AddBpmActivity<BlockingActivity>();
        });
        await h.DeployAsync(Bpmn.Process("blocking", $"""
            {Start()}{Service("meet", "test:blocking")}{End()}
            {Bpmn.Chain("start", "meet", "end")}
            """));
        var worker = h.Services.GetServices<IHostedService>().OfType<JobWorkerService>().Single();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow + InstanceWaits.Patience;
            while (store!.Queries == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "the worker did not start");
                await System.Threading.Tasks.Task.Delay(10);
            }
            var keys = new List<long> { await h.StartAsync("blocking"), await h.StartAsync("blocking") };

            await InstanceWaits.UntilCompletedAsync(h, keys);
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
        // Both jobs were handed (none came from a lock query), and each met the other while blocking its own thread.
        Assert.Equal(0, store!.LockedJobs);
        Assert.Equal(0, rendezvous.Missed);
    }

    [Fact]
    public async Task A_handed_job_runs_while_the_workers_lock_query_waits_for_the_database()
    {
        LockCountingStore? store = null;
        await using var h = await EngineHarness.StartIsolatedAsync(provider, s =>
        {
            store = LockCountingStore.InstallWithHandoverWorker(s);
            s.AddBpmActivity<QuickActivity>();
        });
        await h.DeployAsync(Bpmn.Process("handed_meanwhile", $"""
            {Start()}{Service("first", "test:quick")}{Service("second", "test:quick")}{End()}
            {Bpmn.Chain("start", "first", "second", "end")}
            """));
        store!.LockAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var worker = h.Services.GetServices<IHostedService>().OfType<JobWorkerService>().Single();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow + InstanceWaits.Patience;
            while (store.QueriesStarted == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "the worker did not start");
                await System.Threading.Tasks.Task.Delay(10);
            }
            var key = await h.StartAsync("handed_meanwhile");

            await InstanceWaits.UntilCompletedAsync(h, [key]);
            // The worker's first lock query has not answered yet: the jobs ran meanwhile.
            Assert.Equal(0, store.Queries);
        }
        finally
        {
            store.LockAnswers.TrySetResult();
            await worker.StopAsync(CancellationToken.None);
        }
    }
}

public sealed class HandedJobParallelismSqliteTests() : HandedJobParallelismTests(DatabaseProvider.Sqlite);
public sealed class HandedJobParallelismPostgresTests() : HandedJobParallelismTests(DatabaseProvider.Postgres);
