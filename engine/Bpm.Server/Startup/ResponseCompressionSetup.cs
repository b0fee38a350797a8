using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Bpm.Server.Startup;

/// <summary>Brotli (preferred) or gzip for the API's JSON and the studio's scripts, styles and SVG: the designer bundle
/// shrinks to about a quarter. Fastest level: on dynamic responses the better ratio of "optimal" costs more CPU than it
/// saves on the wire. The token endpoint is never compressed, so no response that carries a secret is compressed beside
/// request-controlled text (BREACH).</summary>
public static class ResponseCompressionSetup
{
    private static readonly string[] ExtraMimeTypes =
        ["application/problem+json", "image/svg+xml", "application/javascript", "text/javascript", "application/xml", "text/xml"];

    public static IServiceCollection AddBpmResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(ExtraMimeTypes).Distinct().ToArray();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    public static WebApplication UseBpmResponseCompression(this WebApplication app)
    {
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api/auth"), branch => branch.UseResponseCompression());
        return app;
    }
}
