using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Records;

/// <summary>Checks a chain's rows against each other, against the head stored for the chain and against the head its
/// latest anchor sealed. Any edit (hash), deletion (gap, count, anchor), insertion (position, link, count) or reordering
/// (link) of a row shows as the first position that fails.</summary>
public static class ChainCheck
{
    public static ChainReport Check(IEnumerable<IChainedRow> rows, long headEntries, string? headHash, AnchoredHead? anchored)
    {
        var sorted = rows.OrderBy(r => r.ChainPosition ?? long.MaxValue).ToList();
        string? previous = null;
        for (var i = 0; i < sorted.Count; i++)
        {
            var row = sorted[i];
            var position = i + 1L;
            if (row.ChainPosition is null)
                return Broken(position, "记录行没有链位置：未经引擎写入，或为迁移 0017、0031 之前的记录且尚未补链");
            if (row.ChainPosition < position)
                return Broken(position, $"两条记录占用同一链位置 {row.ChainPosition}：有记录被插入");
            if (row.ChainPosition > position)
                return Broken(position, $"链位置 {position} 的记录缺失：有记录被删除");
            if (row.PreviousHash != previous)
                return Broken(position, "记录未链接到前一条记录：记录被插入、删除或调换了顺序");
            if (RowHash.Compute(row) != row.Hash)
                return Broken(position, "记录内容在写入后被修改");
            previous = row.Hash;
        }
        if (sorted.Count < headEntries)
            return Broken(sorted.Count + 1, $"链头记录有 {headEntries} 条，实际只有 {sorted.Count} 条：末尾的记录被删除");
        if (sorted.Count > headEntries)
            return Broken(headEntries + 1, $"链头记录有 {headEntries} 条，实际有 {sorted.Count} 条：有记录在引擎之外追加");
        if (previous != headHash)
            return Broken(Math.Max(1, sorted.Count), "链头哈希与最后一条记录不符");
        if (anchored is not null)
        {
            if (anchored.Entries > sorted.Count)
                return Broken(sorted.Count + 1, $"锚定（{Time.ChinaTime.Seconds(anchored.AnchoredAt)}）时已有 {anchored.Entries} 条记录，现只有 {sorted.Count} 条：记录被删除");
            if (sorted[(int)anchored.Entries - 1].Hash != anchored.HeadHash)
                return Broken(anchored.Entries, $"记录与锚定（{Time.ChinaTime.Seconds(anchored.AnchoredAt)}）时的链头不符：链被重写");
        }
        return new ChainReport(true, sorted.Count, previous, anchored?.AnchoredAt);

        ChainReport Broken(long at, string reason) => new(false, sorted.Count, headHash, anchored?.AnchoredAt, at, reason);
    }
}
