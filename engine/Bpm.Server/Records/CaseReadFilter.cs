using System.Globalization;
using Bpm.Engine.People;
using Bpm.Engine.Records;
using Bpm.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bpm.Server.Records;

/// <summary>Records a successful read of case data in the access log (调阅记录): who, when, what, from which address and
/// why. A supervisor reading another agency's case must give the reason first (header <c>X-Bpm-Access-Reason</c>,
/// percent-encoded UTF-8, or query <c>reason</c>), else 403 <c>access-reason</c>. The read is only queued here; the
/// <see cref="AccessLogWriter"/> writes it off the request path.</summary>
internal sealed class CaseReadFilter(CaseReadKind kind, string resource) : IEndpointFilter
{
    public const string ReasonHeader = "X-Bpm-Access-Reason";
    public const int MaxReasonLength = 500;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var routeName = kind == CaseReadKind.Document ? "documentKey" : "key";
        if (http.User.Identity?.IsAuthenticated != true
            || !long.TryParse(http.Request.RouteValues[routeName] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
            return await next(context);

        var actor = TaskActors.From(http.User);
        var reason = Reason(http);
        if (reason is { Length: > MaxReasonLength })
            return Refused(400, "Bad request", $"调阅理由不能超过 {MaxReasonLength} 个字符");
        if (reason is null && await http.RequestServices.GetRequiredService<AccessReasonRule>().RequiresReasonAsync(kind, key, actor, http.RequestAborted))
        {
            var name = await http.RequestServices.GetRequiredService<IPeopleDirectory>().DisplayNameAsync(actor.Username, http.RequestAborted);
            return Refused(403, "Forbidden", PeopleNames.Refusal(name, $"监督人员调阅其他机关的案件须说明调阅理由（请求头 {ReasonHeader}，或查询参数 reason）"));
        }

        var result = await next(context);
        if (result is IStatusCodeHttpResult { StatusCode: >= 400 }) return result;
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        var what = kind == CaseReadKind.Instance ? resource : $"{resource}:{key}";
        if (http.Request.RouteValues["attachmentKey"] is string attachment) what += $"/attachment:{attachment}";
        http.RequestServices.GetRequiredService<AccessLogWriter>().Record(new CaseRead(clock.GetUtcNow(), actor.Username, kind, key, what,
            http.Connection.RemoteIpAddress?.ToString(), reason));
        return result;
    }

    internal static string? Reason(HttpContext http)
    {
        string? raw = http.Request.Headers[ReasonHeader];
        raw = string.IsNullOrWhiteSpace(raw) ? (string?)http.Request.Query["reason"] : Uri.UnescapeDataString(raw);
        return string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
    }

    private static IResult Refused(int status, string title, string detail) =>
        Results.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["rule"] = AccessReasonRule.Rule });
}
