using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Bpm.Server.Records.CaseFiles;

/// <summary>Streams the case file ZIP to the response as it is written (nothing is assembled in memory or on disk first).</summary>
internal sealed class CaseFileResult(long processInstanceKey, string generatedBy, CaseFileWriter writer) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var key = processInstanceKey.ToString(CultureInfo.InvariantCulture);
        var response = httpContext.Response;
        response.ContentType = "application/zip";
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = $"case-file-{key}.zip" };
        disposition.FileNameStar = $"电子卷宗-{key}.zip";
        response.Headers.ContentDisposition = disposition.ToString();
        // ZipArchive still writes some headers synchronously even through its async API; allow it for this response only.
        if (httpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
        if (!await writer.WriteAsync(processInstanceKey, generatedBy, response.Body, httpContext.RequestAborted))
            response.StatusCode = StatusCodes.Status404NotFound;
    }
}
