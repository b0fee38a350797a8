using Microsoft.Net.Http.Headers;

namespace Bpm.Server.Security;

/// <summary>Headers on every response (API, studio files, /public, errors): no framing, no MIME sniffing, no referrer, and
/// a content security policy: the studio's own scripts only, inline styles (bpmn-js and form-js set style attributes),
/// images and fonts from the server or inlined as data: URIs; API responses allow nothing at all.</summary>
public static class SecurityHeaders
{
    public const string StudioPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /// <summary>First in the pipeline; the headers are added when the response starts, so that error handlers, which clear
    /// the response, cannot drop them.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers[HeaderNames.ContentSecurityPolicy] = context.Request.Path.StartsWithSegments("/api") ? ApiPolicy : StudioPolicy;
                headers[HeaderNames.XFrameOptions] = "DENY";
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
