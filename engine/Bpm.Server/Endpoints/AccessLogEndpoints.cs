using System.Globalization;
using System.Security.Claims;
using Bpm.Engine.Records;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary><c>GET /api/access-log?processInstanceKey=&amp;username=&amp;from=&amp;to=</c> (调阅记录): who read which case data,
/// newest first, for admins, heads and supervisors, each limited to the cases they may see. <c>from</c>/<c>to</c> are
/// ISO 8601 times (<c>to</c> exclusive).</summary>
public static class AccessLogEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/access-log", async (string? processInstanceKey, string? username, string? from, string? to, ClaimsPrincipal user,
            AccessLogQueries queries, CancellationToken ct) =>
        {
            var filter = new AccessLogFilter(
                string.IsNullOrEmpty(processInstanceKey) ? null : RouteKeys.Parse(processInstanceKey, "processInstanceKey"),
                string.IsNullOrWhiteSpace(username) ? null : username.Trim(), Time(from, "from"), Time(to, "to"));
            if (filter.From > filter.To)
                throw new ApiBadRequestException("起始时间 from 不能晚于截止时间 to。", "from");
            return Results.Ok(new ItemsResponse<AccessLogEntry>(await queries.ListAsync(filter, TaskActors.From(user), ct)));
        }).RequireAuthorization(BpmPolicies.AccessLog);
    }

    private static DateTimeOffset? Time(string? raw, string field) =>
        string.IsNullOrWhiteSpace(raw) ? null
        : DateTimeOffset.TryParse(raw.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time
        : throw new ApiBadRequestException($"「{raw}」不是有效时间，请使用 ISO 8601 格式，例如 2026-03-02T08:00:00+08:00。", field);
}
