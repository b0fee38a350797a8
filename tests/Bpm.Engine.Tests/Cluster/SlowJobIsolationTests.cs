using Bpm.Engine.Activities;
using Bpm.Engine.Hosting;
using Bpm.Engine.Jobs;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Engine.Tests.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>One job that takes long must hold back only its own slot: jobs created while it runs start as soon as a slot is
/// free and their step has committed, not at the next poll nor after the slow one.</summary>
public abstract class SlowJobIsolationTests(DatabaseProvider provider)
{
    private const int QuickInstances = 20;

    private static Task<IsolatedEngine> StartAsync(DatabaseProvider provider, JobGate gate, bool worker) =>
        IsolatedEngine.StartAsync(provider, s =>
        {
            s.AddSingleton(gate);
            s.AddBpmActivity<GatedActivity>();
            s.AddBpmActivity<QuickActivity>();
            s.Configure<EngineOptions>(o =>
            {
                o.RunJobWorker = worker;
                o.JobWorkerConcurrency = 2;
                // The worker's slots are under test: a start leaves its job to the worker.
                o.RunJobsInCommandStep = false;
                // Far beyond the test's patience: only a wake-up, never a poll, can start the quick jobs in time.
                o.JobPollInterval = TimeSpan.FromMinutes(10);
            });
        });

    private static string OneJob(string id, string type) => Bpmn.Process(id, $"""
        {Start()}{Service("work", type)}{End()}
        {Bpmn.Chain("start", "work", "end")}
        """);

    [Fact]
    public async Task Jobs_created_while_a_slow_job_runs_finish_before_it_on_the_background_worker()
    {
        var gate = new JobGate();
        await using var engine = await StartAsync(provider, gate, worker: true);
        var h = engine.H;
        await h.DeployAsync(OneJob("slow", "test:gated"), "slow.bpmn");
        await h.DeployAsync(OneJob("quick", "test:quick"), "quick.bpmn");
        var worker = h.Services.GetServices<IHostedService>().OfType<JobWorkerService>().Single();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            var slow = await h.StartAsync("slow");
            await gate.Entered.WaitAsync(InstanceWaits.Patience);

            var quick = new List<long>();
            for (var i = 0; i < QuickInstances; i++) quick.Add(await h.StartAsync("quick"));

            await InstanceWaits.UntilCompletedAsync(h, quick);
            Assert.False(gate.IsOpen);
            Assert.Equal("ACTIVE", (await h.InstanceAsync(slow)).State);

            gate.Open();
            await InstanceWaits.UntilCompletedAsync(h, [slow]);
        }
        finally
        {
            gate.Open();
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_run_of_due_jobs_takes_new_ones_as_slots_free_without_waiting_for_the_slow_one()
    {
        var gate = new JobGate();
        await using var engine = await StartAsync(provider, gate, worker: false);
        var h = engine.H;
        await h.DeployAsync(OneJob("slow", "test:gated"), "slow.bpmn");
        await h.DeployAsync(OneJob("quick", "test:quick"), "quick.bpmn");
        var slow = await h.StartAsync("slow");
        var quick = new List<long>();
        for (var i = 0; i < QuickInstances; i++) quick.Add(await h.StartAsync("quick"));

        var run = h.RunJobsAsync();
        await InstanceWaits.UntilCompletedAsync(h, quick);
        Assert.False(run.IsCompleted);
        Assert.Equal("ACTIVE", (await h.InstanceAsync(slow)).State);

        gate.Open();
        Assert.Equal(QuickInstances + 1, await run.WaitAsync(InstanceWaits.Patience));
        Assert.Equal("COMPLETED", (await h.InstanceAsync(slow)).State);
    }
}

public sealed class SlowJobIsolationSqliteTests() : SlowJobIsolationTests(DatabaseProvider.Sqlite);
public sealed class SlowJobIsolationPostgresTests() : SlowJobIsolationTests(DatabaseProvider.Postgres);
