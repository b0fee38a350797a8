using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Records;

/// <summary>The end of a hash chain while rows are appended to it: how many rows it has and the last one's hash.</summary>
public sealed class ChainHead(long entries, string? hash)
{
    public long Entries { get; private set; } = entries;
    public string? Hash { get; private set; } = hash;

    /// <summary>Gives the row the next position, links it to the current head and makes it the head.</summary>
    public void Append(IChainedRow row)
    {
        row.ChainPosition = Entries + 1;
        row.PreviousHash = Hash;
        row.Hash = RowHash.Compute(row);
        Entries += 1;
        Hash = row.Hash;
    }
}
