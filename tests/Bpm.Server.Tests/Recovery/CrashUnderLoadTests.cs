using Bpm.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Bpm.Server.Tests.Recovery;

/// <summary>The server process is killed (SIGKILL) in the middle of a burst of concurrent starts, while steps are being
/// committed and short jobs run. After a restart every acknowledged instance exists and completes, and no stored
/// instance is left half done: each one completes with its whole history, once.</summary>
public abstract class CrashUnderLoadTests<TDatabase>(ITestOutputHelper output) : RecoveryTestBase(output) where TDatabase : IServerDatabase
{
    private const int Starts = 200;
    private const int InFlight = 40;
    private const int KillAfterAcknowledged = 60;
    private static readonly TimeSpan FinishTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Killed_during_a_burst_of_starts_every_acknowledged_instance_completes_and_none_is_half_done()
    {
        await UseDatabaseAsync<TDatabase>();
        AddWorkflow("recovery-load.bpmn", RecoveryModels.LoadProcess());

        // 1. Server A: up to 200 starts, 40 at a time; kill as soon as 60 of them have been acknowledged.
        var (serverA, clientA) = await StartServerAsync("A", maxConnections: InFlight);
        var burst = new StartBurst(clientA, RecoveryModels.LoadProcessId, Starts, InFlight, KillAfterAcknowledged, serverA.Kill);
        await burst.RunAsync().WaitAsync(TimeSpan.FromSeconds(180));
        Assert.True(burst.ThresholdReached,
            $"{burst.Acknowledged.Count} starts acknowledged; errors: {string.Join(" | ", burst.ErrorStatuses.Take(3))}\n{serverA.Tail(30)}");
        Assert.True(serverA.HasExited);
        Log($"server A killed (SIGKILL) when {KillAfterAcknowledged} starts had been acknowledged");

        var acknowledged = burst.Acknowledged.Keys.ToHashSet();
        Log($"sent {burst.Sent}: acknowledged {acknowledged.Count}, cut by the crash {burst.Cut}, error statuses {burst.ErrorStatuses.Count}");
        Assert.Empty(burst.ErrorStatuses);
        Assert.True(burst.Sent < Starts, "the whole burst was sent before the kill: the crash did not land mid-way");
        var storedAtCrash = await Database.CountAsync("SELECT count(*) FROM process_instances");
        var activeAtCrash = await Database.CountAsync("SELECT count(*) FROM process_instances WHERE state = 'ACTIVE'");
        Log($"stored after the crash: {storedAtCrash} instances, {activeAtCrash} of them ACTIVE; open jobs {await Database.CountOpenJobsAsync()}, locked {await Database.CountLockedJobsAsync(NodeId)}");

        // 2. Server B, same node: the unfinished instances go on.
        var (serverB, clientB) = await StartServerAsync("B");
        var activeQuery = $"/api/process-instances?bpmnProcessId={RecoveryModels.LoadProcessId}&state=ACTIVE&pageSize=1";
        await WaitUntilAsync("no ACTIVE instance left", FinishTimeout,
            async () => (await clientB.GetObjectAsync(activeQuery))["total"]!.GetValue<long>() == 0,
            async () => $"{(await clientB.GetObjectAsync(activeQuery))["total"]} still ACTIVE; open jobs {await Database.CountOpenJobsAsync()}; server B:\n{serverB.Tail(40)}");

        // 3. Nothing acknowledged is lost; every stored instance finished once with its whole history.
        var page = await clientB.GetObjectAsync($"/api/process-instances?bpmnProcessId={RecoveryModels.LoadProcessId}&pageSize=500");
        var stored = page["items"]!.AsArray().Select(i => i!["processInstanceKey"].Key()).ToHashSet();
        Assert.Equal(stored.Count, page["total"]!.GetValue<long>());
        Assert.Equal(storedAtCrash, stored.Count);
        var lost = acknowledged.Except(stored).ToList();
        Assert.True(lost.Count == 0, $"acknowledged but not stored: {string.Join(", ", lost)}");
        foreach (var key in stored)
        {
            await CompletedOnce.AssertAsync(clientB, key, RecoveryModels.LoadElements);
            var variables = (await clientB.GetObjectAsync($"/api/process-instances/{key}"))["variables"]!;
            Assert.True(variables["marked"]!.GetValue<bool>(), $"instance {key} lacks the variable set in its first step");
            if (burst.Acknowledged.TryGetValue(key, out var n))
                Assert.Equal(n, variables["n"]!.GetValue<int>());
        }
        Assert.Equal(0, await Database.CountOpenJobsAsync());
        Assert.Equal(0, await Database.CountLockedJobsAsync(NodeId));
        Assert.Empty(serverB.ErrorLines());
        Log($"{stored.Count} stored instances ({acknowledged.Count} acknowledged, {stored.Count - acknowledged.Count} committed but unacknowledged) all completed exactly once");
    }
}

[Collection(RecoveryCollection.Name)]
public sealed class CrashUnderLoadSqliteTests(ITestOutputHelper output) : CrashUnderLoadTests<Sqlite>(output);

[Collection(RecoveryCollection.Name)]
public sealed class CrashUnderLoadPostgresTests(ITestOutputHelper output) : CrashUnderLoadTests<Postgres>(output);
