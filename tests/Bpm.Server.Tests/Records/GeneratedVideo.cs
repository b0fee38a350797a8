using System.Security.Cryptography;

namespace Bpm.Server.Tests.Records;

/// <summary>A forward-only stream of <c>size</c> bytes of a repeating pattern, made as it is read.</summary>
internal sealed class GeneratedVideo(long size) : Stream
{
    private long _position;

    public static string Sha256(long size)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stream = new GeneratedVideo(size);
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0) sha.AppendData(buffer, 0, read);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, size - _position);
        for (var i = 0; i < n; i++) buffer[offset + i] = (byte)((_position + i) * 31 % 251);
        _position += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
