using System.Security.Cryptography;

namespace Bpm.Server.Records.CaseFiles;

/// <summary>Copies a stream in fixed-size chunks, hashing what passes: the SHA-256 and size of the bytes actually written.</summary>
public static class HashingCopy
{
    public static async Task<(string Sha256, long Size)> CopyAsync(Stream source, Stream target, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            size += read;
        }
        return (Convert.ToHexStringLower(sha.GetHashAndReset()), size);
    }
}
