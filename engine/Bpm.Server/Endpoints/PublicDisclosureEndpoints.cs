using System.Globalization;
using Bpm.Server.Disclosure;
using Bpm.Server.Problems;

namespace Bpm.Server.Endpoints;

/// <summary>执法公示 for everyone, no sign-in: the published, not withdrawn enforcement decisions (<see cref="PublicDisclosureQuery"/>).</summary>
public static class PublicDisclosureEndpoints
{
    private const int PageSize = 20;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/public/disclosures", async (string? agency, string? category, string? from, string? to, string? q, int? page,
            PublicDisclosureQuery disclosures, CancellationToken ct) =>
        {
            var filter = new PublicDisclosureFilter(agency?.Trim(), category?.Trim(), Date(from, "from"), Date(to, "to"), q?.Trim(),
                QueryValues.AtLeastOne(page, "page", 1), PageSize);
            if (filter.From > filter.To)
                throw new ApiBadRequestException("起始日期 from 不能晚于截止日期 to。", "from");
            return Results.Ok(await disclosures.ListAsync(filter, ct));
        }).AllowAnonymous();
    }

    private static DateOnly? Date(string? raw, string field) =>
        string.IsNullOrWhiteSpace(raw) ? null
        : DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new ApiBadRequestException($"「{raw}」不是有效日期，格式须为 yyyy-MM-dd。", field);
}
