using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Records;

/// <summary>Seals the heads of every chain (instance histories, the audit and the access log) changed since its last
/// anchor into one anchor: the Merkle root of the heads, linked to the previous anchor and signed when a key is set.
/// Afterwards, deleting the last rows of a chain, or rewriting it with fresh hashes, no longer matches the sealed head.</summary>
public sealed class RecordAnchorer(IDbContextFactory<BpmDbContext> contextFactory, TimeProvider clock, IOptions<RecordOptions> options)
{
    /// <summary>An anchor sealing at least this many heads refreshes PostgreSQL's statistics of the two tables it changed in
    /// bulk. Without it the next anchors are planned with the statistics of before the bulk write until autovacuum gets to
    /// them: most instances still marked, the leaves almost empty, so PostgreSQL sorts and merges every leaf (a merge anti
    /// join over all of them) instead of looking up the few marked instances' leaves by index (docs/benchmarks.md).</summary>
    internal const int StatisticsRefreshHeads = 10_000;

    /// <summary>The new anchor, or null when no chain changed since the last one.</summary>
    public async Task<RecordAnchorEntity?> AnchorAsync(CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var previous = await ChainRow.ReserveAsync(connection, transaction.GetDbTransaction(), ChainRow.Anchor, 1, ct);
        var leaves = await ChangedHeadsAsync(db, transaction.GetDbTransaction(), ct);
        if (leaves.Count == 0) return null;

        var anchor = new RecordAnchorEntity
        {
            AnchoredAt = clock.GetUtcNow(),
            LeafCount = leaves.Count,
            MerkleRoot = MerkleTree.Root(leaves.Select(l => (l.Chain, l.Entries, l.HeadHash))),
            PreviousHash = previous.Hash,
        };
        anchor.Hash = AnchorSeal.Hash(anchor);
        anchor.Signature = AnchorSeal.Sign(anchor.Hash, options.Value.AnchorKey);
        db.RecordAnchors.Add(anchor);
        await db.SaveChangesAsync(ct);
        foreach (var leaf in leaves) leaf.AnchorId = anchor.Id;
        await AnchorLeafWriter.WriteAsync(connection, transaction.GetDbTransaction(), anchor.Id, leaves, ct);
        await PendingInstanceHeads.ClearSealedAsync(connection, transaction.GetDbTransaction(), ct);
        await ChainRow.SetHeadAsync(connection, transaction.GetDbTransaction(), ChainRow.Anchor, new ChainHead(previous.Entries + 1, anchor.Hash), ct);
        await transaction.CommitAsync(ct);
        if (leaves.Count >= StatisticsRefreshHeads && db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("ANALYZE process_instances, record_anchor_leaves", ct);
        return anchor;
    }

    private static async Task<List<RecordAnchorLeafEntity>> ChangedHeadsAsync(BpmDbContext db, System.Data.Common.DbTransaction transaction,
        CancellationToken ct)
    {
        var instances = await PendingInstanceHeads.ReadAsync(db.Database.GetDbConnection(), transaction, ct);
        var shared = await db.RecordChains
            .Where(c => c.HeadHash != null && c.Name != ChainRow.Anchor
                && !db.RecordAnchorLeaves.Any(l => l.Chain == c.Name && l.HeadHash == c.HeadHash))
            .Select(c => new RecordAnchorLeafEntity { Chain = c.Name, Entries = c.Entries, HeadHash = c.HeadHash! })
            .ToListAsync(ct);
        instances.AddRange(shared);
        return instances;
    }
}
