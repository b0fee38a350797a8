using Bpm.Engine.Hosting;
using Bpm.Engine.Limits;
using Bpm.Engine.UserTasks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Bpm.Server.Startup;

/// <summary>Caps each request body before an endpoint reads it: multipart uploads at the attachment limit (plus room for
/// the form's framing), everything else at <c>Bpm:Engine:Limits:MaxJsonBodyBytes</c>. A declared length past the cap is
/// refused at once; a chunked body is stopped by Kestrel once it passes the cap (both 413 problems naming the limit).</summary>
public static class RequestBodyLimits
{
    /// <summary>Multipart boundaries, part headers and the other form fields around the file.</summary>
    private const long MultipartFraming = 1024 * 1024;

    public static WebApplication UseRequestBodyLimits(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<IOptions<EngineOptions>>().Value.Limits;
        var attachments = app.Services.GetRequiredService<IOptions<AttachmentOptions>>().Value;
        app.Use((context, next) =>
        {
            var multipart = IsMultipart(context.Request);
            var cap = multipart ? attachments.MaxBytes + MultipartFraming : limits.MaxJsonBodyBytes;
            if (context.Request.ContentLength > cap) throw Refusal(multipart, limits, attachments);
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = cap;
            return next(context);
        });
        return app;
    }

    /// <summary>The 413 for a body Kestrel stopped (its own message is English and names no limit).</summary>
    public static SizeLimitExceededException Refusal(HttpRequest request) =>
        Refusal(IsMultipart(request), request.HttpContext.RequestServices.GetRequiredService<IOptions<EngineOptions>>().Value.Limits,
            request.HttpContext.RequestServices.GetRequiredService<IOptions<AttachmentOptions>>().Value);

    private static SizeLimitExceededException Refusal(bool multipart, SizeLimits limits, AttachmentOptions attachments) =>
        multipart ? SizeLimitExceededException.Attachment(attachments.MaxBytes) : SizeLimitExceededException.JsonBody(limits.MaxJsonBodyBytes);

    private static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
}
