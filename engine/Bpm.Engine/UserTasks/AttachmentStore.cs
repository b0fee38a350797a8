using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Bpm.Engine.UserTasks;

/// <summary>Content-addressed files: each stored under its lower-case hex SHA-256, written once through a temporary file
/// and never overwritten (the same content uploaded again finds its file already there). Shared by task attachments and
/// generated case documents.</summary>
public sealed class AttachmentStore(IOptions<AttachmentOptions> options)
{
    private string Root => Path.GetFullPath(options.Value.Directory);

    public async Task<(string Sha256, long Size)> SaveAsync(Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        var temporary = Path.Combine(Root, $".upload-{Guid.NewGuid():N}");
        string hash;
        long size;
        try
        {
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
            var target = PathOf(hash);
            if (!File.Exists(target))
            {
                try
                {
                    File.Move(temporary, target, overwrite: false);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // Someone stored the same content at the same moment: theirs stays.
                }
            }
            return (hash, size);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public Stream Open(string sha256) => new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public string PathOf(string sha256) =>
        sha256.Length == 64 && sha256.All(Uri.IsHexDigit) ? Path.Combine(Root, sha256) : throw new ArgumentException("not a SHA-256", nameof(sha256));
}
