using Bpm.Engine.Persistence;
using Bpm.Engine.Records;
using Bpm.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Tests.Records;

/// <summary>The first anchor after a large load writes its leaves in bulk (<see cref="AnchorLeafWriter"/>): every changed
/// head is a leaf with its own entries and hash, across several SQLite statements and a remainder, and the stored leaves
/// recompute to the anchor's Merkle root.</summary>
public abstract class BulkAnchorLeavesTests(DatabaseProvider provider)
{
    [Fact]
    public async Task An_anchor_over_more_heads_than_one_statement_holds_stores_every_leaf_as_sealed()
    {
        var count = AnchorLeafWriter.SqliteRowsPerStatement * 2 + 37;
        await using var db = await TestDatabase.CreateAsync(provider);
        object at = provider == DatabaseProvider.Sqlite ? DateTimeOffset.UnixEpoch.UtcTicks : DateTimeOffset.UnixEpoch;
        await InsertMarkedAsync(db, 700_000, count, "i % 7 + 1");

        var anchor = await new RecordAnchorer(db.ContextFactory, TestClock.AtRealNow(), Options.Create(new RecordOptions())).AnchorAsync(CancellationToken.None);

        Assert.NotNull(anchor);
        Assert.Equal(count, anchor.LeafCount);
        await using var check = db.CreateContext();
        var leaves = await check.RecordAnchorLeaves.Where(l => l.AnchorId == anchor.Id).ToListAsync();
        Assert.Equal(count, leaves.Count);
        foreach (var leaf in leaves)
        {
            var i = long.Parse(leaf.Chain) - 700_000;
            Assert.Equal((i % 7 + 1, i.ToString("x64")), (leaf.Entries, leaf.HeadHash));
        }
        Assert.Equal(Enumerable.Range(1, count).Select(i => (700_000L + i).ToString()).Order(), leaves.Select(l => l.Chain).Order());
        Assert.Equal(anchor.MerkleRoot, MerkleTree.Root(leaves.Select(l => (l.Chain, l.Entries, l.HeadHash))));
        Assert.Empty(await check.ProcessInstances.Where(p => p.HistoryAnchorPending).Select(p => p.Key).ToListAsync());
    }

    [Fact]
    public async Task A_bulk_anchor_refreshes_the_statistics_of_the_tables_it_changed_on_PostgreSQL_and_leaves_SQLite_unanalysed()
    {
        var count = RecordAnchorer.StatisticsRefreshHeads;
        await using var db = await TestDatabase.CreateAsync(provider);
        await InsertMarkedAsync(db, 800_000, count, "1");

        var anchor = await new RecordAnchorer(db.ContextFactory, TestClock.AtRealNow(), Options.Create(new RecordOptions())).AnchorAsync(CancellationToken.None);

        Assert.Equal(count, anchor!.LeafCount);
        await using var check = db.CreateContext();
        if (provider == DatabaseProvider.Postgres)
            // ANALYZE writes the row count into the catalog (a table never analysed or vacuumed has -1).
            Assert.Equal(count, await check.Database.SqlQueryRaw<long>(
                "SELECT CAST(reltuples AS BIGINT) AS \"Value\" FROM pg_class WHERE relname = 'record_anchor_leaves'").SingleAsync());
        else
            Assert.Equal(0, await check.Database.SqlQueryRaw<long>(
                "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync());
    }

    /// <summary><paramref name="count"/> marked instances keyed from <paramref name="firstKey"/> + 1, instance i with
    /// <paramref name="entries"/> (SQL over i) entries and head i as 32 bytes (hex: i as 64 hex digits).</summary>
    private static async Task InsertMarkedAsync(TestDatabase db, long firstKey, int count, string entries)
    {
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        object at = sqlite ? DateTimeOffset.UnixEpoch.UtcTicks : DateTimeOffset.UnixEpoch;
        var head = sqlite ? "unhex(printf('%064x', i))" : "decode(lpad(to_hex(i), 64, '0'), 'hex')";
        var sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {1}) " +
            "INSERT INTO process_instances (key, process_definition_key, bpmn_process_id, version, state, started_at, revision, state_data, " +
            "active_element_ids, has_incident, history_entries, history_head_hash, history_anchor_pending) " +
            $"SELECT {firstKey} + i, 1, 'bulk', 1, 'ACTIVE', {{0}}, 1, '{{{{}}}}', '', {{2}}, {entries}, {head}, {{3}} FROM n";
        await using var context = db.CreateContext();
        await context.Database.ExecuteSqlRawAsync(sql, at, count, false, true);
    }
}

public sealed class BulkAnchorLeavesSqliteTests() : BulkAnchorLeavesTests(DatabaseProvider.Sqlite);
public sealed class BulkAnchorLeavesPostgresTests() : BulkAnchorLeavesTests(DatabaseProvider.Postgres);
