using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bpm.Engine.Records;

public static class RecordsServiceCollectionExtensions
{
    /// <summary>The record verifier, the anchorer and its periodic service, the access-log writer, rule and queries (<c>Bpm:Records</c>).</summary>
    public static IServiceCollection AddBpmRecords(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecordOptions>().Bind(configuration.GetSection("Bpm:Records"));
        services.TryAddSingleton<RecordVerifier>();
        services.TryAddSingleton<RecordAnchorer>();
        services.AddHostedService<RecordAnchorService>();
        services.TryAddSingleton<AccessLogWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AccessLogWriter>());
        services.TryAddSingleton<AccessReasonRule>();
        services.TryAddSingleton<AccessLogQueries>();
        return services;
    }
}
