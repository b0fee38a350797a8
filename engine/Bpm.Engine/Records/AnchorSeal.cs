using System.Security.Cryptography;
using System.Text;
using Bpm.Engine.Persistence.Entities;

namespace Bpm.Engine.Records;

/// <summary>An anchor's own hash (over when, how many leaves, their root and the previous anchor's hash) and its HMAC signature.</summary>
public static class AnchorSeal
{
    public static string Hash(RecordAnchorEntity anchor)
    {
        using var writer = new CanonicalWriter();
        return writer.Text("anchor").Time(anchor.AnchoredAt).Number(anchor.LeafCount).Text(anchor.MerkleRoot).Text(anchor.PreviousHash).Finish();
    }

    public static string? Sign(string hash, string? key) =>
        string.IsNullOrEmpty(key) ? null : Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(hash)));
}
