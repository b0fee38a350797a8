using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Bpm.Engine.UserTasks.Storage;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Records.Storage;

/// <summary>Content kept in an S3-compatible bucket, one object per content named by its SHA-256 (after the prefix). A spooled
/// file of <see cref="S3StoreOptions.PartSizeBytes"/> or more is sent with a multipart upload, part by part read from the file,
/// a smaller one in one request; neither an upload nor a download is ever held whole in memory, and content already in the
/// bucket is not sent again.</summary>
public sealed class S3ContentBlobStore(IAmazonS3 s3, IOptions<S3StoreOptions> options) : IContentBlobStore
{
    private S3StoreOptions Options => options.Value;

    public async Task KeepAsync(string sha256, string spooledPath, long size, CancellationToken ct)
    {
        var key = KeyOf(sha256);
        if (await ExistsAsync(key, ct)) return;
        if (size < Options.PartSizeBytes)
        {
            // Signed with the payload's hash, not as aws-chunked: S3-compatible servers do not all decode chunk signatures
            // (s3rver stores them as content). The SDK hashes the file by reading it, not by holding it.
            await s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = Options.Bucket, Key = key, FilePath = spooledPath, ContentType = "application/octet-stream", UseChunkEncoding = false,
            }, ct);
            return;
        }
        await MultipartUploadAsync(key, spooledPath, size, ct);
    }

    /// <summary>One part at a time, each read from the spool file at its offset: memory stays at one request's buffers.</summary>
    private async Task MultipartUploadAsync(string key, string spooledPath, long size, CancellationToken ct)
    {
        var upload = await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest
        {
            BucketName = Options.Bucket, Key = key, ContentType = "application/octet-stream",
        }, ct);
        try
        {
            var parts = new List<PartETag>();
            var number = 1;
            for (long offset = 0; offset < size; offset += Options.PartSizeBytes, number++)
            {
                var part = await s3.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = Options.Bucket, Key = key, UploadId = upload.UploadId, PartNumber = number, FilePath = spooledPath,
                    FilePosition = offset, PartSize = Math.Min(Options.PartSizeBytes, size - offset), UseChunkEncoding = false,
                }, ct);
                parts.Add(new PartETag(number, part.ETag));
            }
            await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = Options.Bucket, Key = key, UploadId = upload.UploadId, PartETags = parts,
            }, ct);
        }
        catch
        {
            await s3.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = Options.Bucket, Key = key, UploadId = upload.UploadId },
                CancellationToken.None);
            throw;
        }
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
