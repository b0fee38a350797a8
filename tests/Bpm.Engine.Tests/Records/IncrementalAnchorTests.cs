using Bpm.Engine.Persistence;
using Bpm.Engine.Records;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Tests.Records;

/// <summary>An anchor reads only the instances whose head moved since they were last anchored (migration 0026), not every
/// instance: a changed instance is in the next anchor and alone, an unchanged one is not, and tampering stays detectable.</summary>
public abstract class IncrementalAnchorTests(DatabaseProvider provider)
{
    private static readonly string OneTask = Bpmn.Process("anchor_one_task", $"""
        <bpmn:startEvent id="start" />{Bpmn.UserTask("review", """<zeebe:assignmentDefinition candidateUsers="wangqiang" />""")}<bpmn:endEvent id="end" />
        {Bpmn.Chain("start", "review", "end")}
        """);

    [Fact]
    public async Task An_instance_changed_after_an_anchor_is_in_the_next_one_and_alone()
    {
        await using var h = await EngineHarness.StartIsolatedAsync(provider);
        await h.DeployAsync(OneTask);
        var changed = await h.StartAsync("anchor_one_task");
        var unchanged = await h.StartAsync("anchor_one_task");
        var anchorer = h.Services.GetRequiredService<RecordAnchorer>();

        var first = await anchorer.AnchorAsync(CancellationToken.None);
        Assert.Equal([changed.ToString(), unchanged.ToString()], (await LeavesAsync(h, first!.Id)).Order());
        Assert.Empty(await PendingAsync(h));

        await h.CompleteTaskAsync(changed, "review");
        Assert.Equal([changed], await PendingAsync(h));
        var second = await anchorer.AnchorAsync(CancellationToken.None);
        Assert.Equal([changed.ToString()], await LeavesAsync(h, second!.Id));
        Assert.Equal(1, second.LeafCount);
        Assert.Empty(await PendingAsync(h));

        Assert.Null(await anchorer.AnchorAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_the_last_entries_of_an_anchored_instance_is_still_detected()
    {
        await using var h = await EngineHarness.StartIsolatedAsync(provider);
        await h.DeployAsync(OneTask);
        var key = await h.StartAsync("anchor_one_task");
        await h.CompleteTaskAsync(key, "review");
        await h.Services.GetRequiredService<RecordAnchorer>().AnchorAsync(CancellationToken.None);
        var verifier = h.Services.GetRequiredService<RecordVerifier>();
        Assert.True((await verifier.VerifyInstanceAsync(key, CancellationToken.None))!.Valid);

        await using (var context = await h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync())
        {
            // The cancellation's rows go (the last journal row and the task rows after it), and the head is rewound to the row
            // before them, as a careful forger would.
            var last = await context.Journal.Where(j => j.ProcessInstanceKey == key).MaxAsync(j => j.ChainPosition!.Value);
            var kept = await context.Journal.Where(j => j.ProcessInstanceKey == key && j.ChainPosition == last - 1).Select(j => j.Hash)
                .Concat(context.UserTaskHistory.Where(t => t.ProcessInstanceKey == key && t.ChainPosition == last - 1).Select(t => t.Hash)).SingleAsync();
            await context.Journal.Where(j => j.ProcessInstanceKey == key && j.ChainPosition >= last).ExecuteDeleteAsync();
            await context.UserTaskHistory.Where(t => t.ProcessInstanceKey == key && t.ChainPosition >= last).ExecuteDeleteAsync();
            await context.ProcessInstances.Where(p => p.Key == key)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.HistoryEntries, last - 1).SetProperty(p => p.HistoryHeadHash, kept));
        }

        var report = (await verifier.VerifyInstanceAsync(key, CancellationToken.None))!;
        Assert.False(report.Valid);
        Assert.Contains("锚定", report.Reason);
    }

    [Fact]
    public async Task A_database_from_before_0026_is_anchored_correctly_after_the_upgrade()
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        await db.Migrator.ReplayAsync("0026_anchor_pending", CancellationToken.None);
        object at = provider == DatabaseProvider.Sqlite ? DateTimeOffset.UnixEpoch.UtcTicks : DateTimeOffset.UnixEpoch;
        await using (var context = db.CreateContext())
        {
            // 101: sealed by an anchor at its current head; 102: never anchored; 103: anchored, then moved on; 104: no history.
            foreach (var (key, head) in new[] { (101L, Head("101")), (102L, Head("102")), (103L, Head("103-new")), (104L, "") })
                await context.Database.ExecuteSqlRawAsync(
                    "INSERT INTO process_instances (key, process_definition_key, bpmn_process_id, version, state, started_at, revision, state_data, " +
                    "active_element_ids, has_incident, history_entries, history_head_hash) VALUES ({0}, 1, 'legacy', 1, 'ACTIVE', {1}, 1, '{{}}', '', false, {2}, NULLIF({3}, ''))",
                    key, at, head.Length == 0 ? 0 : 3, head);
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO record_anchor_leaves (anchor_id, chain, entries, head_hash) VALUES (0, '101', 3, {0}), (0, '103', 2, {1})",
                Head("101"), Head("103-old"));
        }

        await db.Migrator.MigrateAsync(CancellationToken.None);

        var anchor = await new RecordAnchorer(db.ContextFactory, TestClock.AtRealNow(), Options.Create(new RecordOptions())).AnchorAsync(CancellationToken.None);
        await using var check = db.CreateContext();
        Assert.Equal(["102", "103"], await check.RecordAnchorLeaves.Where(l => l.AnchorId == anchor!.Id).Select(l => l.Chain).OrderBy(c => c).ToListAsync());
        Assert.Equal(Head("103-new"), await check.RecordAnchorLeaves.Where(l => l.AnchorId == anchor!.Id && l.Chain == "103").Select(l => l.HeadHash).SingleAsync());
        Assert.Empty(await check.ProcessInstances.Where(p => p.HistoryAnchorPending).Select(p => p.Key).ToListAsync());
    }

    /// <summary>A head as the engine writes it before 0027: 64 hex characters (0027 converts them to bytes).</summary>
    private static string Head(string name) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));

    private static async Task<List<string>> LeavesAsync(EngineHarness h, long anchorId)
    {
        await using var context = await h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        return await context.RecordAnchorLeaves.Where(l => l.AnchorId == anchorId).Select(l => l.Chain).ToListAsync();
    }

    private static async Task<List<long>> PendingAsync(EngineHarness h)
    {
        await using var context = await h.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        return await context.ProcessInstances.Where(p => p.HistoryAnchorPending).Select(p => p.Key).ToListAsync();
    }
}

public sealed class IncrementalAnchorSqliteTests() : IncrementalAnchorTests(DatabaseProvider.Sqlite);
public sealed class IncrementalAnchorPostgresTests() : IncrementalAnchorTests(DatabaseProvider.Postgres);
