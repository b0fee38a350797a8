namespace Bpm.Server.Tests.Records.S3;

/// <summary>A test against the real S3-compatible server s3rver: skipped, saying why, only when Node.js is not installed.</summary>
public sealed class S3rverFactAttribute : FactAttribute
{
    public S3rverFactAttribute()
    {
        if (S3rverProcess.MissingReason is { } reason) Skip = reason;
    }
}
