using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Bpm.Server.Startup;

/// <summary>Sends the studio's build-time compressed copies of its hashed assets (<c>x.js.br</c>, <c>x.js.gz</c>, written
/// by <c>designer/build/precompress.mjs</c> at the highest levels) to clients that accept them: no compression work per
/// request, and smaller than what the response compression's fastest level makes on the fly. The response keeps the
/// asset's own content type; its <c>Content-Encoding</c> keeps the response compression from compressing it again.</summary>
internal static class PrecompressedStudioAssets
{
    private const string EncodingItem = "bpm.studio.precompressed";
    private static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>Points requests for an asset at its compressed copy when the client accepts that encoding and it exists.</summary>
    public static void UsePrecompressedAssets(this WebApplication app, IFileProvider files) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.StartsWithSegments("/assets"))
            {
                var accepted = request.GetTypedHeaders().AcceptEncoding;
                foreach (var (encoding, suffix) in Encodings)
                {
                    if (!accepted.Any(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0)
                        || !files.GetFileInfo(request.Path.Value + suffix).Exists)
                        continue;
                    request.Path = request.Path.Value + suffix;
                    context.Items[EncodingItem] = encoding;
                    break;
                }
            }
            return next(context);
        });

    /// <summary>The encoding headers of a compressed copy (for the static files' <c>OnPrepareResponse</c>).</summary>
    public static void SetEncodingHeaders(StaticFileResponseContext context)
    {
        if (context.Context.Items[EncodingItem] is not string encoding)
            return;
        context.Context.Response.Headers[HeaderNames.ContentEncoding] = encoding;
        context.Context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
    }

    /// <summary>Content types by the asset's own extension: <c>x.js.br</c> is JavaScript.</summary>
    public static IContentTypeProvider ContentTypes { get; } = new CompressedCopyContentTypes();

    private sealed class CompressedCopyContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _types = new();

        public bool TryGetContentType(string subpath, [MaybeNullWhen(false)] out string contentType)
        {
            var suffix = Encodings.FirstOrDefault(e => subpath.EndsWith(e.Suffix, StringComparison.Ordinal)).Suffix;
            return _types.TryGetContentType(suffix is null ? subpath : subpath[..^suffix.Length], out contentType);
        }
    }
}
