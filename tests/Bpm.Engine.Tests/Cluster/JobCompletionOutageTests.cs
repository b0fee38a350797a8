using Bpm.Engine.Activities;
using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Bpm.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>Issue 13: a job whose activity finished while the database was down stayed locked for the whole lock timeout
/// and then ran again. Its outcome is kept and stored once the database answers: the job runs once. PostgreSQL through a
/// proxy the test cuts (an outage of the shared server without stopping it).</summary>
public sealed class JobCompletionOutageTests
{
    [Fact]
    public async Task A_job_finished_during_an_outage_is_completed_when_the_database_is_back_and_runs_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var target = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = new CuttableTcpProxy(target.Host ?? "127.0.0.1", target.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 3 };
        var gate = new JobGate();
        var retrying = new LogWatch("could not be stored");
        await using var h = await EngineHarness.StartAsync(DatabaseProvider.Postgres, throughProxy.ConnectionString, s =>
        {
            s.AddSingleton(gate);
            s.AddBpmActivity<GatedActivity>();
            s.AddLogging(b => b.AddProvider(retrying));
        });
        await h.DeployAsync(Bpmn.Process("outage_job", $"""
            {Start()}{Service("work", "test:gated")}{Bpmn.UserTask("after")}{End()}
            {Bpmn.Chain("start", "work", "after", "end")}
            """));
        var key = await h.StartAsync("outage_job");
        var run = h.RunJobsAsync();
        await gate.Entered.WaitAsync(InstanceWaits.Patience);

        proxy.Cut();
        NpgsqlConnection.ClearPool(new NpgsqlConnection(throughProxy.ConnectionString));
        try
        {
            gate.Open();
            await retrying.Seen.WaitAsync(InstanceWaits.Patience);
            Assert.False(run.IsCompleted);
        }
        finally
        {
            proxy.Restore();
        }

        Assert.Equal(1, await run.WaitAsync(InstanceWaits.Patience));
        Assert.Equal(["after"], (await h.InstanceAsync(key)).ActiveElementIds);
        Assert.Equal(0, await h.RunJobsAsync());
    }
}
