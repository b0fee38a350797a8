using System.Globalization;
using Bpm.Server.Auth.Policies;
using Bpm.Server.Problems;

namespace Bpm.Server.Discretion;

/// <summary><c>GET /api/statistics/discretion[?from=yyyy-MM-dd][&amp;to=yyyy-MM-dd][&amp;unit=…][&amp;violation=…]</c>: penalty
/// decisions within, above and below the discretion benchmark per violation, per unit and per violation and unit
/// (<c>unit</c> takes the units below it too, <c>violation</c> is a benchmark's decision id, <c>-</c> for either: none);
/// counts only, no case data, over every unit (<see cref="BpmPolicies.DiscretionStatistics"/>, docs/decisions.md). The
/// cases behind a count: <see cref="DiscretionCaseEndpoints"/>.</summary>
public static class DiscretionStatisticsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/statistics/discretion", async (string? from, string? to, string? unit, string? violation, DiscretionStatisticsQuery query,
            CancellationToken ct) => Results.Ok(await query.CountAsync(Filter(from, to, unit, violation), ct)))
            .RequireAuthorization(BpmPolicies.DiscretionStatistics);
        DiscretionCaseEndpoints.Map(api);
    }

    /// <summary>The statistics' query values as a filter; 400 naming the field for a date that is not yyyy-MM-dd or a period
    /// that ends before it starts.</summary>
    internal static DiscretionStatisticsFilter Filter(string? from, string? to, string? unit, string? violation)
    {
        var first = Date(from, nameof(from));
        var last = Date(to, nameof(to));
        if (first > last)
            throw new ApiBadRequestException($"统计起始日期 {from} 晚于截止日期 {to}", nameof(to));
        return new DiscretionStatisticsFilter(first, last, Blank(unit), Blank(violation));
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Date(string? raw, string field)
    {
        if (string.IsNullOrEmpty(raw))
            return null;
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new ApiBadRequestException($"{field} 须为 yyyy-MM-dd 格式的日期，收到 '{raw}'", field);
    }
}
