using Bpm.Engine.Persistence;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using static Bpm.Engine.Tests.Behaviour.Flow.FlowXml;

namespace Bpm.Engine.Tests.Cluster;

/// <summary>Two engine nodes on one database, each with its instance cache on: a node's cached copy of an instance goes
/// stale as soon as the other node commits a step of it. A task that is open in the database must still be completable
/// on either node.</summary>
public abstract class StaleInstanceCacheTests(DatabaseProvider provider)
{
    private static string JobThenTask(string id) => Bpmn.Process(id, $"""
        {Start()}{Service("count", "bpm:counter")}{Bpmn.UserTask("review")}{End()}
        {Bpmn.Chain("start", "count", "review", "end")}
        """);

    [Fact]
    public async Task Start_on_B_job_runs_on_A_complete_on_B()
    {
        await using var cluster = await ClusterNodes.CreateAsync(provider);
        var a = await cluster.StartNodeAsync("node-a", 1);
        var b = await cluster.StartNodeAsync("node-b", 2);
        var process = "stale_" + Guid.NewGuid().ToString("N")[..8];
        await b.DeployAsync(JobThenTask(process));

        for (var round = 0; round < 5; round++)
        {
            var key = await b.StartAsync(process, new { count = 1 });
            Assert.True(await a.RunJobsAsync() >= 1);
            Assert.Equal(["review"], (await b.InstanceAsync(key)).ActiveElementIds);

            await b.CompleteTaskAsync(key, "review");

            Assert.Equal("COMPLETED", (await a.InstanceAsync(key)).State);
        }
    }

    [Fact]
    public async Task A_node_whose_copy_is_older_than_the_other_nodes_step_still_refuses_what_the_database_refuses()
    {
        await using var cluster = await ClusterNodes.CreateAsync(provider);
        var a = await cluster.StartNodeAsync("node-a", 1);
        var b = await cluster.StartNodeAsync("node-b", 2);
        var process = "stale_refuse_" + Guid.NewGuid().ToString("N")[..8];
        await b.DeployAsync(Bpmn.Process(process, $"""
            {Start()}{Bpmn.UserTask("first")}{Bpmn.UserTask("second")}{End()}
            {Bpmn.Chain("start", "first", "second", "end")}
            """));
        var key = await b.StartAsync(process);
        var first = (await b.OpenTasksAsync(key)).Single();

        // A completes the task B has cached as open: B's copy is stale, and completing it again on B must be refused by
        // what the database says (the task is COMPLETED), not succeed on the stale copy.
        await a.Engine.CompleteUserTaskAsync(long.Parse(first.UserTaskKey), null, CancellationToken.None);

        await Assert.ThrowsAsync<Runtime.EngineConflictException>(() =>
            b.Engine.CompleteUserTaskAsync(long.Parse(first.UserTaskKey), null, CancellationToken.None));
        await b.CompleteTaskAsync(key, "second");
        Assert.Equal("COMPLETED", (await a.InstanceAsync(key)).State);
    }
}

public sealed class StaleInstanceCacheSqliteTests() : StaleInstanceCacheTests(DatabaseProvider.Sqlite);
public sealed class StaleInstanceCachePostgresTests() : StaleInstanceCacheTests(DatabaseProvider.Postgres);
