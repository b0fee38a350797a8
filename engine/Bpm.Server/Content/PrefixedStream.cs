namespace Bpm.Server.Content;

/// <summary>A forward-only stream that reads <c>head</c> (bytes already taken from <c>rest</c>) and then the rest of the
/// stream, so a stream that cannot seek back (an object store's response) is sent on without being copied into memory.</summary>
public sealed class PrefixedStream(ReadOnlyMemory<byte> head, Stream rest) : ForwardReadStream
{
    private int _headRead;

    protected override async ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken ct)
    {
        if (_headRead >= head.Length) return await rest.ReadAsync(buffer, ct);
        var read = Math.Min(buffer.Length, head.Length - _headRead);
        head.Slice(_headRead, read).CopyTo(buffer);
        _headRead += read;
        return read;
    }

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
