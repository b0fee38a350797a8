using System.Text.Json.Nodes;
using Bpm.Engine.Queries;
using Bpm.Server.Disclosure.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bpm.Server.Disclosure;

/// <summary>The entries the <c>disclosure</c> process (workflows/disclosure.bpmn) has published and not withdrawn:
/// published = the platform acknowledged the publication (<c>publishedAt</c> set); withdrawn = the decision was revoked
/// (<c>withdrawReason</c> set, the entry comes down at once) or the instance ended (withdrawn, or the publication period
/// is over). The entry is the one the process built (<c>disclosureEntry</c>: entry id, masked party name), so the page
/// shows what the platform received. Read from <c>public_disclosure_entries</c>, which
/// <see cref="PublicDisclosureProjection"/> keeps in step with the instances: filters, count and paging run in SQL.</summary>
public sealed class PublicDisclosureQuery(IDbContextFactory<DisclosureDbContext> contexts)
{
    public const string ProcessId = "disclosure";

    /// <summary>The publish send task's default when the case names no agency (see disclosure.bpmn).</summary>
    public const string DefaultAgency = "郑州市市场监督管理局";

    private const string LikeEscape = "\\";

    public async Task<PagedResult<PublicDisclosure>> ListAsync(PublicDisclosureFilter filter, CancellationToken ct)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        IQueryable<PublicDisclosureEntryEntity> entries = context.PublicDisclosureEntries;
        if (filter.Agency is { Length: > 0 } agency)
        {
            var pattern = Contains(agency);
            entries = entries.Where(e => EF.Functions.Like(e.AgencyKey, pattern, LikeEscape));
        }
        if (filter.Category is { Length: > 0 } category)
        {
            var key = category.ToLowerInvariant();
            entries = entries.Where(e => e.CategoryKey == key);
        }
        if (filter.From is { } from)
        {
            var day = Day(from);
            entries = entries.Where(e => e.DecidedOn != null && string.Compare(e.DecidedOn, day) >= 0);
        }
        if (filter.To is { } to)
        {
            var day = Day(to);
            entries = entries.Where(e => e.DecidedOn != null && string.Compare(e.DecidedOn, day) <= 0);
        }
        if (filter.Text is { Length: > 0 } text)
        {
            if (text.Contains(PublicDisclosureProjection.SearchSeparator))
                return new PagedResult<PublicDisclosure>([], 0, filter.Page, filter.PageSize);
            var pattern = Contains(text);
            entries = entries.Where(e => EF.Functions.Like(e.SearchText, pattern, LikeEscape));
        }
        var total = await entries.LongCountAsync(ct);
        var rows = await entries.OrderByDescending(e => e.PublishedAt).ThenBy(e => e.EntryId)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(ct);
        return new PagedResult<PublicDisclosure>(rows.Select(PublicDisclosureProjection.ToEntry).ToList(), total, filter.Page, filter.PageSize);
    }

    /// <summary>The public entry of one instance's variables, or null when it is not (or no longer) published. A correction
    /// the platform acknowledged (<c>correctedAt</c>) shows its new value for the corrected field; the variables keep only
    /// the latest correction.</summary>
    public static PublicDisclosure? ToEntry(JsonObject variables)
    {
        if (Text(variables, "publishedAt") is not { } publishedAt || variables["withdrawReason"] is not null)
            return null;
        var entry = variables["disclosureEntry"] as JsonObject;
        var partyKind = Text(variables, "partyKind");
        var naturalPerson = partyKind is "NaturalPerson" or "自然人" or "公民";
        var soleTrader = partyKind is "SoleTrader" or "个体工商户";
        var partyName = Corrected(variables, "partyName") ?? Text(entry, "partyName") ?? Text(variables, "partyName");
        return PersonalDataMask.Entry(new PublicDisclosure(
            Text(entry, "entryId") ?? $"GS-{Text(variables, "caseNumber")}",
            Text(variables, "caseNumber"),
            Field(variables, "decisionNumber"),
            Text(variables, "category"),
            Text(variables["agency"] as JsonObject, "name") ?? DefaultAgency,
            PersonalDataMask.PartyName(partyName, naturalPerson, soleTrader),
            naturalPerson ? null : Text(variables, "partyCreditCode"),
            Field(variables, "decisionSummary"),
            Field(variables, "legalBasis"),
            Field(variables, "decisionDate"),
            publishedAt,
            Flag(variables, "discretionDeviation"),
            Flag(variables, "deviationReasoned")));
    }

    private static bool? Flag(JsonObject variables, string name) =>
        variables[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    private static string? Field(JsonObject variables, string name) => Corrected(variables, name) ?? Text(variables, name);

    /// <summary>The acknowledged correction's new value when it corrected <paramref name="name"/>.</summary>
    private static string? Corrected(JsonObject variables, string name) =>
        variables["correctedAt"] is not null && Text(variables, "correctedField") == name ? Text(variables, "correctedNewValue") : null;

    /// <summary>A LIKE pattern for "contains", lower case (the searched columns are stored lower case).</summary>
    private static string Contains(string text) =>
        "%" + text.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(JsonObject? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?[name]?.ToJsonString();
}
