using System.Security.Claims;
using Bpm.Engine.Cases;
using Bpm.Engine.Records;
using Bpm.Server.Auth;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Problems;
using Bpm.Server.Records;

namespace Bpm.Server.Discretion;

/// <summary><c>GET /api/statistics/discretion/cases?bucket=…[&amp;from][&amp;to][&amp;unit][&amp;violation][&amp;organisation][&amp;page][&amp;pageSize]</c>:
/// the cases one count of the discretion statistics counted (<see cref="DiscretionBucket"/>; <c>organisation</c> is the
/// exact unit of a per-unit row or a cell), only those the caller may see (the case list's rule), the others counted in
/// <c>hidden</c>. The list carries case data (number, party, fine), so each listed case is recorded in the access log as
/// a read of <c>discretion-cases</c>, with the reason if one was given (header or query <c>reason</c>; a list asks for
/// none, opening a case does). Same policy as the counts (<see cref="BpmPolicies.DiscretionStatistics"/>).</summary>
public static class DiscretionCaseEndpoints
{
    public const string Resource = "discretion-cases";
    private const int MaxPageSize = 200;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/statistics/discretion/cases", async (string? bucket, string? from, string? to, string? unit, string? violation,
            string? organisation, int? page, int? pageSize, HttpContext http, ClaimsPrincipal user, ICaseAccessService cases,
            DiscretionCasesQuery query, AccessLogWriter accessLog, TimeProvider clock, CancellationToken ct) =>
        {
            var request = new DiscretionCasesRequest(DiscretionStatisticsEndpoints.Filter(from, to, unit, violation), Bucket(bucket),
                DiscretionStatisticsEndpoints.Blank(organisation), QueryValues.AtLeastOne(page, "page", 1), PageSize(pageSize));
            var reason = CaseReadFilter.Reason(http);
            if (reason is { Length: > CaseReadFilter.MaxReasonLength })
                throw new ApiBadRequestException($"调阅理由不能超过 {CaseReadFilter.MaxReasonLength} 个字符", "reason");
            var actor = TaskActors.From(user);
            var list = await query.ListAsync(request, await cases.VisibleCasesAsync(actor, ct), ct);
            var address = http.Connection.RemoteIpAddress?.ToString();
            foreach (var item in list.Items)
                accessLog.Record(new CaseRead(clock.GetUtcNow(), actor.Username, CaseReadKind.Instance, long.Parse(item.ProcessInstanceKey,
                    System.Globalization.CultureInfo.InvariantCulture), Resource, address, reason));
            return Results.Ok(list);
        }).RequireAuthorization(BpmPolicies.DiscretionStatistics);

    private static string Bucket(string? raw) =>
        raw is { Length: > 0 } && DiscretionBucket.All.Contains(raw)
            ? raw
            : throw new ApiBadRequestException($"bucket 须为统计中的一项：{string.Join("、", DiscretionBucket.All)}，收到「{raw}」", "bucket");

    private static int PageSize(int? raw)
    {
        var size = QueryValues.AtLeastOne(raw, "pageSize", 50);
        return size <= MaxPageSize
            ? size
            : throw new ApiBadRequestException($"pageSize 不能超过 {MaxPageSize}", "pageSize");
    }
}
