using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using Bpm.Engine.UserTasks.Storage;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Records.Storage;

/// <summary>Content kept in an S3-compatible bucket, one object per content named by its SHA-256 (after the prefix). The
/// spooled file is sent with a multipart upload in parts of <see cref="S3StoreOptions.PartSizeBytes"/> read from the file, so
/// neither an upload nor a download is ever held whole in memory; content already in the bucket is not sent again.</summary>
public sealed class S3ContentBlobStore(IAmazonS3 s3, IOptions<S3StoreOptions> options) : IContentBlobStore
{
    private S3StoreOptions Options => options.Value;

    public async Task KeepAsync(string sha256, string spooledPath, long size, CancellationToken ct)
    {
        var key = KeyOf(sha256);
        if (await ExistsAsync(key, ct)) return;
        using var transfer = new TransferUtility(s3, new TransferUtilityConfig { MinSizeBeforePartUpload = Options.PartSizeBytes, ConcurrentServiceRequests = 2 });
        await transfer.UploadAsync(new TransferUtilityUploadRequest
        {
            BucketName = Options.Bucket, Key = key, FilePath = spooledPath, PartSize = Options.PartSizeBytes, ContentType = "application/octet-stream",
        }, ct);
    }

    public async Task<Stream> OpenAsync(string sha256, CancellationToken ct)
    {
        var response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = Options.Bucket, Key = KeyOf(sha256) }, ct);
        return new S3ObjectStream(response);
    }

    private async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        try
        {
            await s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = Options.Bucket, Key = key }, ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private string KeyOf(string sha256) => Options.Prefix + ContentName.Checked(sha256);
}
