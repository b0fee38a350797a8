using System.Text.Json.Nodes;
using Bpm.Engine.Queries;

namespace Bpm.Server.Disclosure;

/// <summary>The entries the <c>disclosure</c> process (workflows/disclosure.bpmn) has published and not withdrawn, read
/// from its running instances: published = the platform acknowledged the publication (<c>publishedAt</c> set);
/// withdrawn = the decision was revoked (<c>withdrawReason</c> set, the entry comes down at once) or the instance ended
/// (withdrawn, or the publication period is over). The entry is the one the process built (<c>disclosureEntry</c>:
/// entry id, masked party name), so the page shows what the platform received.</summary>
public sealed class PublicDisclosureQuery(IEngineQueries queries)
{
    public const string ProcessId = "disclosure";

    /// <summary>The publish send task's default when the case names no agency (see disclosure.bpmn).</summary>
    public const string DefaultAgency = "郑州市市场监督管理局";

    private const int BatchSize = 500;

    public async Task<PagedResult<PublicDisclosure>> ListAsync(PublicDisclosureFilter filter, CancellationToken ct)
    {
        var published = new List<PublicDisclosure>();
        for (var page = 1; ; page++)
        {
            var batch = await queries.ListInstancesAsync(new ProcessInstanceFilter("ACTIVE", ProcessId, null, page, BatchSize), ct);
            foreach (var summary in batch.Items)
            {
                if (await queries.GetInstanceAsync(long.Parse(summary.ProcessInstanceKey, System.Globalization.CultureInfo.InvariantCulture), ct) is not { } instance)
                    continue;
                if (ToEntry(instance.Variables) is { } entry && Matches(entry, filter))
                    published.Add(entry);
            }
            if ((long)page * BatchSize >= batch.Total || batch.Items.Count == 0) break;
        }
        var ordered = published.OrderByDescending(e => e.PublishedAt, StringComparer.Ordinal).ThenBy(e => e.EntryId, StringComparer.Ordinal).ToList();
        var items = ordered.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToList();
        return new PagedResult<PublicDisclosure>(items, ordered.Count, filter.Page, filter.PageSize);
    }

    /// <summary>The public entry of one instance's variables, or null when it is not (or no longer) published.</summary>
    public static PublicDisclosure? ToEntry(JsonObject variables)
    {
        if (Text(variables, "publishedAt") is not { } publishedAt || variables["withdrawReason"] is not null)
            return null;
        var entry = variables["disclosureEntry"] as JsonObject;
        var naturalPerson = Text(variables, "partyKind") == "NaturalPerson";
        var partyName = Text(entry, "partyName") ?? Text(variables, "partyName");
        return new PublicDisclosure(
            Text(entry, "entryId") ?? $"GS-{Text(variables, "caseNumber")}",
            Text(variables, "caseNumber"),
            Text(variables, "decisionNumber"),
            Text(variables, "category"),
            Text(variables["agency"] as JsonObject, "name") ?? DefaultAgency,
            naturalPerson && partyName is not null && !partyName.EndsWith('*') ? PersonalDataMask.PersonName(partyName) : partyName,
            naturalPerson ? null : Text(variables, "partyCreditCode"),
            PersonalDataMask.Text(Text(variables, "decisionSummary")),
            Text(variables, "legalBasis"),
            Text(variables, "decisionDate"),
            publishedAt);
    }

    private static bool Matches(PublicDisclosure entry, PublicDisclosureFilter filter)
    {
        if (filter.Agency is { Length: > 0 } agency && !entry.Agency.Contains(agency, StringComparison.OrdinalIgnoreCase)) return false;
        if (filter.Category is { Length: > 0 } category && !string.Equals(entry.Category, category, StringComparison.OrdinalIgnoreCase)) return false;
        var decided = DateOnly.TryParse(entry.DecisionDate?.Length >= 10 ? entry.DecisionDate[..10] : entry.DecisionDate,
            System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : (DateOnly?)null;
        if (filter.From is { } from && (decided is null || decided < from)) return false;
        if (filter.To is { } to && (decided is null || decided > to)) return false;
        if (filter.Text is { Length: > 0 } text)
        {
            string?[] searched = [entry.DecisionNumber, entry.CaseNumber, entry.PartyName, entry.DecisionSummary, entry.LegalBasis, entry.EntryId];
            if (!searched.Any(s => s?.Contains(text, StringComparison.OrdinalIgnoreCase) == true)) return false;
        }
        return true;
    }

    private static string? Text(JsonObject? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?[name]?.ToJsonString();
}
