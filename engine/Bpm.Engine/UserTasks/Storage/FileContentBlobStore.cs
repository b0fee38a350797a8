using Microsoft.Extensions.Options;

namespace Bpm.Engine.UserTasks.Storage;

/// <summary>Files on disk in <c>Bpm:Attachments:Directory</c>, each under its SHA-256: the spooled file is renamed into place.</summary>
public sealed class FileContentBlobStore(IOptions<AttachmentOptions> options) : IContentBlobStore
{
    public Task KeepAsync(string sha256, string spooledPath, long size, CancellationToken ct)
    {
        var target = PathOf(sha256);
        if (File.Exists(target)) return Task.CompletedTask;
        try
        {
            File.Move(spooledPath, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Someone stored the same content at the same moment: theirs stays.
        }
        return Task.CompletedTask;
    }

    public Task<Stream> OpenAsync(string sha256, CancellationToken ct) =>
        Task.FromResult<Stream>(new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));

    private string PathOf(string sha256) => Path.Combine(Path.GetFullPath(options.Value.Directory), ContentName.Checked(sha256));
}
