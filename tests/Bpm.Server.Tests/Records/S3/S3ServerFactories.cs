using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Records.S3;

/// <summary>The test server keeping its attachments, evidence and documents in the shared s3rver's bucket.</summary>
public sealed class S3BpmServerFactory<TDatabase> : BpmServerFactory<TDatabase> where TDatabase : IServerDatabase
{
    private readonly S3ServerSettings _s3 = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await _s3.StartAsync();
    }

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => _s3.Settings;
}

/// <summary>On real Kestrel sockets with 300 MB attachments and no per-case quota, as <see cref="LargeUploadServerFactory"/>, in the S3 store.</summary>
public sealed class LargeUploadS3ServerFactory : BpmServerFactory<Sqlite>
{
    private readonly S3ServerSettings _s3 = new();

    public LargeUploadS3ServerFactory() => UseKestrel(0);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await _s3.StartAsync();
    }

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(_s3.Settings)
    {
        ["Bpm:Attachments:MaxBytes"] = (300L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bpm:Attachments:MaxBytesPerInstance"] = "0",
    };
}

/// <summary>A factory's share of the s3rver: its own key prefix. Without Node.js nothing starts (the tests are skipped).</summary>
internal sealed class S3ServerSettings
{
    public string Prefix { get; } = $"factory-{Guid.NewGuid():N}/";

    public S3rverProcess? Server { get; private set; }

    public async Task StartAsync()
    {
        if (S3rverProcess.MissingReason is null) Server = await S3rverProcess.SharedAsync();
    }

    public IReadOnlyDictionary<string, string?> Settings => Server?.Settings(Prefix) ?? new Dictionary<string, string?>();
}
