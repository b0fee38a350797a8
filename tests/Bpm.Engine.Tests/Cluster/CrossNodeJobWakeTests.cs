using Bpm.Engine.Activities;
using Bpm.Engine.Hosting;
using Bpm.Engine.Jobs;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>PostgreSQL: a job created by a step on node B wakes node A's worker through LISTEN/NOTIFY, so it runs at once
/// on A, not at A's next poll. (SQLite runs one node: its local wake-up is covered by <see cref="SlowJobIsolationTests"/>.)</summary>
public sealed class CrossNodeJobWakeTests
{

    [Fact]
    public async Task A_job_made_on_node_B_runs_on_node_A_without_waiting_for_its_poll()
    {
        await using var cluster = await ClusterNodes.CreateAsync(DatabaseProvider.Postgres);
        var a = await cluster.StartNodeAsync("node-a", 1, s =>
        {
            s.AddBpmActivity<QuickActivity>();
            s.Configure<EngineOptions>(o =>
            {
                o.RunJobWorker = true;
                // Far beyond the test's patience: only the notification can start the job in time.
                o.JobPollInterval = TimeSpan.FromMinutes(10);
            });
        });
        var b = await cluster.StartNodeAsync("node-b", 2, s => s.AddBpmActivity<QuickActivity>());
        await b.DeployAsync(Bpmn.Process("woken", $"""
            {Start()}{Service("work", "test:quick")}{End()}
            {Bpmn.Chain("start", "work", "end")}
            """));
        var hosted = a.Services.GetServices<IHostedService>().Where(h => h is JobWorkerService or JobNotificationListener).ToList();
        Assert.Equal(2, hosted.Count);
        foreach (var service in hosted) await service.StartAsync(CancellationToken.None);
        try
        {
            // The first job runs at the listener's first look, made once it listens; the next ones only through NOTIFY.
            await InstanceWaits.UntilCompletedAsync(b, [await b.StartAsync("woken")]);
            var keys = new List<long>();
            for (var i = 0; i < 5; i++) keys.Add(await b.StartAsync("woken"));

            await InstanceWaits.UntilCompletedAsync(b, keys);
        }
        finally
        {
            foreach (var service in hosted) await service.StopAsync(CancellationToken.None);
        }
    }
}
