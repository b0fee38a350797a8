namespace Bpm.Server.Records.Storage;

/// <summary>Configuration section <c>Bpm:Attachments:S3</c>: the S3-compatible store (AWS S3, MinIO, Ceph RGW, a cloud
/// provider's object storage). Every value is absolute (a URL, a bucket name), none depends on the working directory.</summary>
public sealed class S3StoreOptions
{
    /// <summary>The endpoint, e.g. <c>https://oss.example.gov.cn</c> or <c>http://127.0.0.1:9000</c>; unset: AWS in <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }
    public string Bucket { get; set; } = "";
    /// <summary>The signing region (most S3-compatible servers accept <c>us-east-1</c>).</summary>
    public string Region { get; set; } = "us-east-1";
    /// <summary>Access key and secret; unset: the AWS SDK's usual sources (environment <c>AWS_ACCESS_KEY_ID</c>…, profile, instance role).</summary>
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
    /// <summary>Prepended to each object's key (its SHA-256), e.g. <c>bpm/</c>.</summary>
    public string Prefix { get; set; } = "";
    /// <summary>Path-style addresses (<c>endpoint/bucket/key</c>), which most S3-compatible servers need.</summary>
    public bool ForcePathStyle { get; set; } = true;
    /// <summary>Bytes of each part of a multipart upload (at least 5 MB, as S3 requires); files this large or larger are sent in parts.</summary>
    public long PartSizeBytes { get; set; } = 16L * 1024 * 1024;
}
