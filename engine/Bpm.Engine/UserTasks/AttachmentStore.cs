using System.Security.Cryptography;
using Bpm.Engine.UserTasks.Storage;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.UserTasks;

/// <summary>Content-addressed files: each stored under its lower-case hex SHA-256, written once and never overwritten (the
/// same content uploaded again finds its file already there). Shared by task attachments and generated case documents.
/// The content is read in chunks into a spool file in <c>Bpm:Attachments:Directory</c>, hashed as it goes, and then kept by
/// the configured <see cref="IContentBlobStore"/> (renamed into place on disk, or sent to an S3-compatible store).</summary>
public sealed class AttachmentStore(IOptions<AttachmentOptions> options, IContentBlobStore blobs)
{
    private string Root => Path.GetFullPath(options.Value.Directory);

    public async Task<(string Sha256, long Size)> SaveAsync(Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        var temporary = Path.Combine(Root, $".upload-{Guid.NewGuid():N}");
        try
        {
            string hash;
            long size;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    if (file.Length + read > options.Value.MaxBytes)
                        throw Limits.SizeLimitExceededException.Attachment(options.Value.MaxBytes);
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
                size = file.Length;
            }
            await blobs.KeepAsync(hash, temporary, size, ct);
            return (hash, size);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>The stored content; the caller disposes the stream.</summary>
    public Task<Stream> OpenAsync(string sha256, CancellationToken ct) => blobs.OpenAsync(ContentName.Checked(sha256), ct);
}
