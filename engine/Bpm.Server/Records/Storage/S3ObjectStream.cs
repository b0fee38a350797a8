using Amazon.S3.Model;
using Bpm.Server.Content;

namespace Bpm.Server.Records.Storage;

/// <summary>An object's content as it arrives, with its length; disposing it closes the response.</summary>
internal sealed class S3ObjectStream(GetObjectResponse response) : ForwardReadStream
{
    private readonly Stream _content = response.ResponseStream;

    protected override ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken ct) => _content.ReadAsync(buffer, ct);

    public override long Length => response.ContentLength;

    protected override void Dispose(bool disposing)
    {
        if (disposing) response.Dispose();
        base.Dispose(disposing);
    }
}
