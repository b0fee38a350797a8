using System.Security.Cryptography;
using Bpm.Server.Content;

namespace Bpm.Server.Tests.Records;

/// <summary>A forward-only stream of <c>size</c> bytes of a repeating pattern, made as it is read.</summary>
internal sealed class GeneratedVideo(long size) : ForwardReadStream
{
    public static string Sha256(long size)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stream = new GeneratedVideo(size);
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0) sha.AppendData(buffer, 0, read);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    protected override ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken ct)
    {
        var n = (int)Math.Min(buffer.Length, size - Position);
        var span = buffer.Span;
        for (var i = 0; i < n; i++) span[i] = (byte)((Position + i) * 31 % 251);
        return ValueTask.FromResult(n);
    }
}
