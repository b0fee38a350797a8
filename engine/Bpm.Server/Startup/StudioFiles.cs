using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Bpm.Server.Startup;

/// <summary>Serves the web studio (the production build of <c>designer/</c>): static files, and <c>index.html</c> for
/// every other path outside <c>/api</c> and <c>/health</c> so that client routes survive a reload. The build is looked
/// for in <c>Bpm:Studio:Path</c>, else <c>wwwroot</c> beside the binaries, else in the content root.</summary>
public static class StudioFiles
{
    private const string IndexFile = "index.html";

    public static WebApplication UseStudioFiles(this WebApplication app)
    {
        if (Locate(app) is not { } root)
            return app;
        var files = new PhysicalFileProvider(root);
        app.UsePrecompressedAssets(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files, ContentTypeProvider = PrecompressedStudioAssets.ContentTypes,
            OnPrepareResponse = context =>
            {
                SetCacheHeaders(context);
                PrecompressedStudioAssets.SetEncodingHeaders(context);
            },
        });
        app.MapFallbackToFile(IndexFile, new StaticFileOptions { FileProvider = files, OnPrepareResponse = SetCacheHeaders })
            .AllowAnonymous();
        return app;
    }

    private static string? Locate(WebApplication app)
    {
        var configured = app.Configuration["Bpm:Studio:Path"];
        string[] candidates = string.IsNullOrWhiteSpace(configured)
            ? [Path.Combine(AppContext.BaseDirectory, "wwwroot"), Path.Combine(app.Environment.ContentRootPath, "wwwroot")]
            : [Path.GetFullPath(configured)];
        return candidates.FirstOrDefault(dir => File.Exists(Path.Combine(dir, IndexFile)));
    }

    // Vite names bundles by content hash under assets/, so they never change; index.html must always be fresh.
    private static void SetCacheHeaders(StaticFileResponseContext context)
    {
        var immutable = context.Context.Request.Path.StartsWithSegments("/assets");
        context.Context.Response.Headers[HeaderNames.CacheControl] = immutable ? "public, max-age=31536000, immutable" : "no-cache";
    }
}
