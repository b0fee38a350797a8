namespace Bpm.Engine.UserTasks.Storage;

/// <summary>Where the content-addressed files of <see cref="AttachmentStore"/> (attachments, evidence, generated documents)
/// are kept: files on disk (<see cref="FileContentBlobStore"/>, the default) or an S3-compatible object store (the server's
/// <c>Bpm:Attachments:Store = S3</c>). Each file is named by its lower-case hex SHA-256 and never overwritten.</summary>
public interface IContentBlobStore
{
    /// <summary>Keeps the spooled file at <paramref name="spooledPath"/> (already hashed: <paramref name="sha256"/>, <paramref name="size"/>
    /// bytes) as that content, unless the same content is kept already. The caller deletes whatever is left at the path.</summary>
    Task KeepAsync(string sha256, string spooledPath, long size, CancellationToken ct);

    /// <summary>The content named <paramref name="sha256"/>, read as a stream the caller disposes.</summary>
    Task<Stream> OpenAsync(string sha256, CancellationToken ct);
}
