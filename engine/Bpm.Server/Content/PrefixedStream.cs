namespace Bpm.Server.Content;

/// <summary>A forward-only stream that reads <c>head</c> (bytes already taken from <c>rest</c>) and then the rest of the
/// stream, so a stream that cannot seek back (an object store's response) is sent on without being copied into memory.</summary>
public sealed class PrefixedStream(ReadOnlyMemory<byte> head, Stream rest) : Stream
{
    private int _headRead;
    private long _position;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        if (_headRead < head.Length)
        {
            read = Math.Min(buffer.Length, head.Length - _headRead);
            head.Slice(_headRead, read).CopyTo(buffer);
            _headRead += read;
        }
        else
        {
            read = await rest.ReadAsync(buffer, cancellationToken);
        }
        _position += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await rest.DisposeAsync();
        await base.DisposeAsync();
    }
}
