namespace Bpm.Server.Content;

/// <summary>A stored file as a download: <c>Content-Disposition: attachment</c> with the UTF-8 file name
/// (<c>filename*</c>), and the content type of <see cref="DownloadContentType"/>.</summary>
public static class SafeDownload
{
    public static async Task<IResult> FileAsync(Stream content, string fileName, CancellationToken ct)
    {
        var head = new byte[DownloadContentType.SniffLength];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var contentType = DownloadContentType.Of(fileName, head.AsSpan(0, read));
        if (content.CanSeek)
        {
            content.Seek(0, SeekOrigin.Begin);
            return Results.File(content, contentType, fileName);
        }
        // Forward-only (an object store's response): sent on as it is read, never copied into memory.
        return Results.File(new PrefixedStream(head.AsMemory(0, read), content), contentType, fileName);
    }
}
