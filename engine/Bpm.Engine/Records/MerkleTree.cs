namespace Bpm.Engine.Records;

/// <summary>The Merkle root over an anchor's leaves (chain, entries, head hash), in ordinal order of the chain name; an odd
/// node moves up unpaired.</summary>
public static class MerkleTree
{
    public static string Root(IEnumerable<(string Chain, long Entries, string HeadHash)> leaves)
    {
        var level = leaves.OrderBy(l => l.Chain, StringComparer.Ordinal).Select(Leaf).ToList();
        if (level.Count == 0) return Node("empty", "");
        while (level.Count > 1)
        {
            var next = new List<string>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
                next.Add(i + 1 < level.Count ? Node(level[i], level[i + 1]) : level[i]);
            level = next;
        }
        return level[0];
    }

    private static string Leaf((string Chain, long Entries, string HeadHash) leaf)
    {
        using var writer = new CanonicalWriter();
        return writer.Text("leaf").Text(leaf.Chain).Number(leaf.Entries).Text(leaf.HeadHash).Finish();
    }

    private static string Node(string left, string right)
    {
        using var writer = new CanonicalWriter();
        return writer.Text("node").Text(left).Text(right).Finish();
    }
}
