using Amazon.Runtime;
using Amazon.S3;
using Bpm.Engine.UserTasks.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Records.Storage;

public static class EvidenceStorageServiceCollectionExtensions
{
    public const string StoreSetting = "Bpm:Attachments:Store";
    public const string S3Section = "Bpm:Attachments:S3";

    /// <summary><c>Bpm:Attachments:Store</c>: <c>Disk</c> (the default: files in <c>Bpm:Attachments:Directory</c>) or <c>S3</c>
    /// (an S3-compatible store, <c>Bpm:Attachments:S3:*</c>). Anything else stops the start naming the setting.</summary>
    public static IServiceCollection AddBpmEvidenceStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var store = configuration[StoreSetting] ?? "Disk";
        if (string.Equals(store, "Disk", StringComparison.OrdinalIgnoreCase)) return services;
        if (!string.Equals(store, "S3", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{StoreSetting} is '{store}': it must be Disk or S3.");
        services.AddOptions<S3StoreOptions>().Bind(configuration.GetSection(S3Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Bucket), $"{S3Section}:Bucket must name the bucket when {StoreSetting} is S3.")
            .Validate(o => o.PartSizeBytes >= 5L * 1024 * 1024, $"{S3Section}:PartSizeBytes must be at least 5 MB (5242880), as S3 requires.")
            .Validate(o => o.ServiceUrl is null || Uri.IsWellFormedUriString(o.ServiceUrl, UriKind.Absolute), $"{S3Section}:ServiceUrl must be an absolute URL.")
            .ValidateOnStart();
        services.TryAddSingleton<IAmazonS3>(sp => Client(sp.GetRequiredService<IOptions<S3StoreOptions>>().Value));
        services.Replace(ServiceDescriptor.Singleton<IContentBlobStore, S3ContentBlobStore>());
        return services;
    }

    private static AmazonS3Client Client(S3StoreOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            // S3-compatible servers do not all know the SDK's newer default checksums (CRC trailers): only where S3 requires them.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (options.ServiceUrl is { } url) config.ServiceURL = url;
        else config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        return options.AccessKey is { } access && options.SecretKey is { } secret
            ? new AmazonS3Client(new BasicAWSCredentials(access, secret), config)
            : new AmazonS3Client(config);
    }
}
