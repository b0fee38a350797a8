using System.Net;
using System.Net.Http.Json;
using Bpm.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Bpm.Server.Tests.Recovery;

/// <summary>The server process is killed (SIGKILL) twice on one database: once while every instance waits (user tasks,
/// jobs not yet run), once while long jobs are running and user-task completions have just been committed. A restarted
/// node with the same id finishes every instance, each exactly once.</summary>
public abstract class CrashRecoveryTests<TDatabase>(ITestOutputHelper output) : RecoveryTestBase(output) where TDatabase : IServerDatabase
{
    private const int WaitInstances = 20;
    private const int JobInstances = 5;
    private const int CompletedBeforeCrash = 10;
    private const int SlowDelayMs = 8000;
    private static readonly TimeSpan FinishTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Killed_while_instances_wait_and_jobs_run_every_instance_finishes_once_after_restart()
    {
        await UseDatabaseAsync<TDatabase>();
        AddWorkflow("recovery-wait.bpmn", RecoveryModels.WaitProcess());
        AddWorkflow("recovery-job.bpmn", RecoveryModels.JobProcess(SlowDelayMs));

        // 1. Server A (job worker off, so no job runs yet): start the instances; they all wait.
        var (serverA, clientA) = await StartServerAsync("A", runJobWorker: false);
        var waitKeys = new List<string>();
        var jobKeys = new List<string>();
        for (var i = 0; i < WaitInstances; i++)
            waitKeys.Add((await clientA.StartAsync(RecoveryModels.WaitProcessId, new { n = i }))["processInstanceKey"].Key());
        for (var i = 0; i < JobInstances; i++)
            jobKeys.Add((await clientA.StartAsync(RecoveryModels.JobProcessId, new { n = i }))["processInstanceKey"].Key());
        Log($"started {waitKeys.Count} x {RecoveryModels.WaitProcessId}, {jobKeys.Count} x {RecoveryModels.JobProcessId}");
        Assert.Equal(JobInstances, await Database.CountOpenJobsAsync());
        Assert.Equal(0, await Database.CountLockedJobsAsync(NodeId));

        // Crash 1: while every instance waits.
        Kill(serverA);

        // 2. Server A2, same node: its worker's first pass locks every due job (5 <= concurrency 8) and runs them.
        var (serverA2, clientA2) = await StartServerAsync("A2");
        await WaitUntilAsync($"{JobInstances} long jobs locked by {NodeId}", TimeSpan.FromSeconds(30),
            async () => await Database.CountLockedJobsAsync(NodeId) == JobInstances);
        var lockedAt = DateTimeOffset.UtcNow;

        // Commit some user-task completions: their delay jobs are created and take the worker's free slots (a slot frees
        // per job, not per batch), while the long jobs keep theirs.
        var completedEarly = waitKeys.Take(CompletedBeforeCrash).ToList();
        foreach (var key in completedEarly)
            await CompleteUserTaskAsync(clientA2, key);
        Log($"completed {completedEarly.Count} user tasks on A2");
        foreach (var key in jobKeys)
        {
            var history = await clientA2.GetItemsAsync($"/api/process-instances/{key}/history");
            Assert.True(CompletedOnce.Count(history, "COMPLETED", "slow") == 0, $"'slow' of {key} finished before the crash; the test needs a longer delay");
        }

        // Crash 2: while the long jobs run.
        Kill(serverA2);
        var runningFor = serverA2.KilledAt!.Value - lockedAt;
        Log($"the long jobs had been running for about {runningFor.TotalSeconds:F1} s of {SlowDelayMs / 1000.0:F1} s");
        Assert.True(runningFor < TimeSpan.FromMilliseconds(SlowDelayMs), "the kill came after the long jobs could have finished");
        Assert.InRange(await Database.CountLockedJobsAsync(NodeId), JobInstances, 8);

        // 3. Server B, same node: releases the stale locks, reruns the interrupted jobs; the rest of the tasks are completed.
        var (serverB, clientB) = await StartServerAsync("B");
        foreach (var key in completedEarly)
            Assert.Empty(await clientB.GetItemsAsync($"/api/user-tasks?processInstanceKey={key}&state=CREATED"));
        foreach (var key in waitKeys.Skip(CompletedBeforeCrash))
            await CompleteUserTaskAsync(clientB, key);
        Log($"completed {WaitInstances - CompletedBeforeCrash} user tasks on B");

        var allKeys = waitKeys.Concat(jobKeys).ToList();
        await WaitUntilAsync($"all {allKeys.Count} instances COMPLETED", FinishTimeout,
            async () => await CountCompletedAsync(clientB, allKeys) == allKeys.Count,
            async () => $"{await CountCompletedAsync(clientB, allKeys)} completed; open jobs {await Database.CountOpenJobsAsync()}; server B:\n{serverB.Tail(40)}");

        // 4. Finished once, nothing lost.
        foreach (var key in waitKeys)
            await CompletedOnce.AssertAsync(clientB, key, RecoveryModels.WaitElements);
        foreach (var key in jobKeys)
        {
            var history = await CompletedOnce.AssertAsync(clientB, key, RecoveryModels.JobElements);
            var slowCompletedAt = CompletedOnce.CompletedAt(history, "slow");
            Assert.True(slowCompletedAt > serverA2.KilledAt.Value,
                $"'slow' of {key} completed at {slowCompletedAt:O}, not after the crash at {serverA2.KilledAt.Value:O}");
            var variables = (await clientB.GetObjectAsync($"/api/process-instances/{key}"))["variables"]!;
            Assert.Equal("done", variables["outcome"]!.GetValue<string>());
            Assert.True(variables["delayedMs"]!.GetValue<long>() >= SlowDelayMs - 50, $"delayedMs = {variables["delayedMs"]}");
        }
        var stored = (await clientB.GetObjectAsync("/api/process-instances?pageSize=1"))["total"]!.GetValue<long>();
        Assert.Equal(allKeys.Count, stored);
        Assert.Equal(0, await Database.CountOpenJobsAsync());
        Assert.Equal(0, await Database.CountLockedJobsAsync(NodeId));
        Assert.Empty(serverB.ErrorLines());
        Log($"all {allKeys.Count} instances completed exactly once");
    }

    private static async Task CompleteUserTaskAsync(HttpClient client, string instanceKey)
    {
        var task = Assert.Single(await client.GetItemsAsync($"/api/user-tasks?processInstanceKey={instanceKey}&state=CREATED"))!;
        var response = await client.PostAsJsonAsync($"/api/user-tasks/{task["userTaskKey"].Key()}/completion", new { variables = new { reviewed = true } });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"completion of {instanceKey}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<int> CountCompletedAsync(HttpClient client, IEnumerable<string> keys)
    {
        var completed = 0;
        foreach (var key in keys)
        {
            if ((await client.GetObjectAsync($"/api/process-instances/{key}"))["state"]!.GetValue<string>() == "COMPLETED")
                completed++;
        }
        return completed;
    }
}

[Collection(RecoveryCollection.Name)]
public sealed class CrashRecoverySqliteTests(ITestOutputHelper output) : CrashRecoveryTests<Sqlite>(output);

[Collection(RecoveryCollection.Name)]
public sealed class CrashRecoveryPostgresTests(ITestOutputHelper output) : CrashRecoveryTests<Postgres>(output);
