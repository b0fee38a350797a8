using System.Globalization;
using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.Records;

/// <summary>Recomputes the hash chains from the stored rows and compares them with the stored heads and the anchors
/// (docs/records.md). Read-only: it never repairs anything.</summary>
public sealed class RecordVerifier(IDbContextFactory<BpmDbContext> contextFactory, IOptions<RecordOptions> options)
{
    private const int PageSize = 1000;

    /// <summary>The instance's history chain, or null when the instance does not exist.</summary>
    public async Task<ChainReport?> VerifyInstanceAsync(long processInstanceKey, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var head = await db.ProcessInstances.Where(p => p.Key == processInstanceKey)
            .Select(p => new { p.HistoryEntries, p.HistoryHeadHash }).FirstOrDefaultAsync(ct);
        if (head is null) return null;
        var rows = await HistoryRowsAsync(db, processInstanceKey, processInstanceKey, ct);
        var chain = processInstanceKey.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var anchored = await LatestAnchoredAsync(db, [chain], ct);
        return ChainCheck.Check(rows, head.HistoryEntries, head.HistoryHeadHash, anchored.GetValueOrDefault(chain));
    }

    /// <summary>The audit (<c>audit</c>) or access-log (<c>access</c>) chain.</summary>
    public async Task<ChainReport> VerifySharedChainAsync(string name, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var head = await db.RecordChains.FirstAsync(c => c.Name == name, ct);
        List<IChainedRow> rows = name == ChainRow.Audit
            ? [.. await db.Audit.ToListAsync(ct)]
            : [.. await db.AccessLog.ToListAsync(ct)];
        var anchored = await LatestAnchoredAsync(db, [name], ct);
        return ChainCheck.Check(rows, head.Entries, head.HeadHash, anchored.GetValueOrDefault(name));
    }

    /// <summary>Every instance chain, the audit and access chains, rows whose instance is gone, and the anchors.</summary>
    public async Task<RecordVerification> VerifyAllAsync(Action<string>? progress, CancellationToken ct)
    {
        var problems = new List<string>();
        void Problem(string line)
        {
            problems.Add(line);
            progress?.Invoke(line);
        }
        long instances = 0;
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            long after = long.MinValue;
            while (true)
            {
                var page = await db.ProcessInstances.Where(p => p.Key > after).OrderBy(p => p.Key).Take(PageSize)
                    .Select(p => new { p.Key, p.HistoryEntries, p.HistoryHeadHash }).ToListAsync(ct);
                if (page.Count == 0) break;
                var rows = (await HistoryRowsAsync(db, page[0].Key, page[^1].Key, ct)).ToLookup(r => r.ProcessInstanceKey);
                var anchored = await LatestAnchoredAsync(db, page.Select(p => Chain(p.Key)).ToList(), ct);
                foreach (var instance in page)
                {
                    var report = ChainCheck.Check(rows[instance.Key], instance.HistoryEntries, instance.HistoryHeadHash,
                        anchored.GetValueOrDefault(Chain(instance.Key)));
                    if (!report.Valid) Problem($"instance {instance.Key}: entry {report.FirstBrokenAt}: {report.Reason}");
                }
                instances += page.Count;
                after = page[^1].Key;
            }
            foreach (var orphan in await OrphanInstanceKeysAsync(db, ct))
                Problem($"instance {orphan}: history rows exist but the instance row is gone (deleted)");
        }
        foreach (var name in new[] { ChainRow.Audit, ChainRow.Access })
        {
            var report = await VerifySharedChainAsync(name, ct);
            if (!report.Valid) Problem($"{name} log: entry {report.FirstBrokenAt}: {report.Reason}");
        }
        var anchors = await VerifyAnchorsAsync(Problem, ct);
        return new RecordVerification(instances, anchors, problems);
    }

    private async Task<long> VerifyAnchorsAsync(Action<string> problem, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var anchors = await db.RecordAnchors.OrderBy(a => a.Id).ToListAsync(ct);
        var head = await db.RecordChains.FirstAsync(c => c.Name == ChainRow.Anchor, ct);
        string? previous = null;
        foreach (var anchor in anchors)
        {
            var leaves = await db.RecordAnchorLeaves.Where(l => l.AnchorId == anchor.Id).ToListAsync(ct);
            if (anchor.PreviousHash != previous)
                problem($"anchor {anchor.Id}: does not link to the previous anchor (an anchor was deleted or inserted)");
            if (leaves.Count != anchor.LeafCount || MerkleTree.Root(leaves.Select(l => (l.Chain, l.Entries, l.HeadHash))) != anchor.MerkleRoot)
                problem($"anchor {anchor.Id}: its sealed heads do not match its Merkle root (changed)");
            if (AnchorSeal.Hash(anchor) != anchor.Hash)
                problem($"anchor {anchor.Id}: its content does not match its hash (changed)");
            if (!string.IsNullOrEmpty(options.Value.AnchorKey) && AnchorSeal.Sign(anchor.Hash, options.Value.AnchorKey) != anchor.Signature)
                problem($"anchor {anchor.Id}: the signature does not match the configured key (forged or re-sealed)");
            previous = anchor.Hash;
        }
        if (anchors.Count != head.Entries || previous != head.HeadHash)
            problem($"anchors: {head.Entries} recorded, {anchors.Count} found (the last anchors were deleted or changed)");
        // Compared in memory: matching the text chain name against the numeric key in SQL cannot use an index, which made
        // this one query quadratic (hours over 100,000 anchored instances).
        var anchoredChains = await db.RecordAnchorLeaves.Where(l => l.Chain != ChainRow.Audit && l.Chain != ChainRow.Access)
            .Select(l => l.Chain).Distinct().ToListAsync(ct);
        var instanceKeys = (await db.ProcessInstances.Select(p => p.Key).ToListAsync(ct)).ToHashSet();
        foreach (var chain in anchoredChains.Where(c => !long.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var key) || !instanceKeys.Contains(key)).Order(StringComparer.Ordinal))
            problem($"instance {chain}: anchored, but the instance row is gone (deleted)");
        return anchors.Count;
    }

    /// <summary>Every chained row of the instances with keys from <paramref name="fromKey"/> to <paramref name="toKey"/>: their
    /// history and the rest of their case records.</summary>
    private static async Task<List<ICaseRecordRow>> HistoryRowsAsync(BpmDbContext db, long fromKey, long toKey, CancellationToken ct)
    {
        List<ICaseRecordRow> rows = [.. await InRange(db.Journal, fromKey, toKey).ToListAsync(ct)];
        rows.AddRange(await InRange(db.UserTaskHistory, fromKey, toKey).ToListAsync(ct));
        rows.AddRange(await InRange(db.UserTaskComments, fromKey, toKey).ToListAsync(ct));
        rows.AddRange(await InRange(db.UserTaskAttachments, fromKey, toKey).ToListAsync(ct));
        rows.AddRange(await InRange(db.CaseComments, fromKey, toKey).ToListAsync(ct));
        rows.AddRange(await InRange(db.Documents, fromKey, toKey).ToListAsync(ct));
        return rows;
    }

    private static IQueryable<T> InRange<T>(IQueryable<T> rows, long fromKey, long toKey) where T : class, ICaseRecordRow =>
        rows.AsNoTracking().Where(r => r.ProcessInstanceKey >= fromKey && r.ProcessInstanceKey <= toKey);

    private static async Task<List<long>> OrphanInstanceKeysAsync(BpmDbContext db, CancellationToken ct)
    {
        var keys = new List<long>();
        keys.AddRange(await Orphans(db, db.Journal).ToListAsync(ct));
        keys.AddRange(await Orphans(db, db.UserTaskHistory).ToListAsync(ct));
        keys.AddRange(await Orphans(db, db.UserTaskComments).ToListAsync(ct));
        keys.AddRange(await Orphans(db, db.UserTaskAttachments).ToListAsync(ct));
        keys.AddRange(await Orphans(db, db.CaseComments).ToListAsync(ct));
        keys.AddRange(await Orphans(db, db.Documents).ToListAsync(ct));
        return keys.Distinct().Order().ToList();
    }

    private static IQueryable<long> Orphans<T>(BpmDbContext db, IQueryable<T> rows) where T : class, ICaseRecordRow =>
        rows.Where(r => !db.ProcessInstances.Any(p => p.Key == r.ProcessInstanceKey)).Select(r => r.ProcessInstanceKey).Distinct();

    private static async Task<Dictionary<string, AnchoredHead>> LatestAnchoredAsync(BpmDbContext db, List<string> chains, CancellationToken ct)
    {
        var leaves = await (from l in db.RecordAnchorLeaves
                            where chains.Contains(l.Chain)
                            join a in db.RecordAnchors on l.AnchorId equals a.Id
                            select new { l.Chain, l.AnchorId, l.Entries, l.HeadHash, a.AnchoredAt }).ToListAsync(ct);
        return leaves.GroupBy(l => l.Chain)
            .Select(g => g.MaxBy(l => l.AnchorId)!)
            .ToDictionary(l => l.Chain, l => new AnchoredHead(l.Entries, l.HeadHash, l.AnchoredAt));
    }

    private static string Chain(long key) => key.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
