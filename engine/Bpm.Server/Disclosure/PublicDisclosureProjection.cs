using System.Globalization;
using Bpm.Engine.Runtime.Projections;
using Bpm.Server.Disclosure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bpm.Server.Disclosure;

/// <summary>Keeps <c>public_disclosure_entries</c> current: every step that changes a <c>disclosure</c> instance writes its
/// public entry (<see cref="PublicDisclosureQuery.ToEntry"/>) in the same transaction, or deletes it once the instance is
/// not (or no longer) published: withdrawn, revoked or ended.</summary>
public sealed class PublicDisclosureProjection(IDbContextFactory<DisclosureDbContext> contexts) : IInstanceProjection
{
    private readonly Lazy<IModel> _model = new(() =>
    {
        using var context = contexts.CreateDbContext();
        return context.Model;
    });

    /// <summary>Separates the searched fields in <see cref="PublicDisclosureEntryEntity.SearchText"/>; a query holding it
    /// matches nothing (it cannot occur inside one field's text on the page).</summary>
    public const char SearchSeparator = '\n';

    public string Name => "public-disclosure";
    /// <summary>Raise it when <see cref="PublicDisclosureQuery.ToEntry"/> or <see cref="ToRow"/> change what they produce.</summary>
    public int Version => 3;
    public Type RowType => typeof(PublicDisclosureEntryEntity);
    /// <summary>The table is the module's (<see cref="DisclosureDbContext"/>), not the engine's.</summary>
    public IModel RowModel => _model.Value;
    public IReadOnlySet<string> ProcessIds { get; } = new HashSet<string>(StringComparer.Ordinal) { PublicDisclosureQuery.ProcessId };

    public object? Project(ProjectedInstance instance) =>
        instance.State == Bpm.Engine.Persistence.States.ProcessInstanceState.Active && PublicDisclosureQuery.ToEntry(instance.Variables) is { } entry ? ToRow(instance.Key, entry) : null;

    public static PublicDisclosureEntryEntity ToRow(long instanceKey, PublicDisclosure entry) => new()
    {
        ProcessInstanceKey = instanceKey,
        EntryId = entry.EntryId,
        CaseNumber = entry.CaseNumber,
        DecisionNumber = entry.DecisionNumber,
        Category = entry.Category,
        Agency = entry.Agency,
        PartyName = entry.PartyName,
        PartyCreditCode = entry.PartyCreditCode,
        DecisionSummary = entry.DecisionSummary,
        LegalBasis = entry.LegalBasis,
        DecisionDate = entry.DecisionDate,
        DecidedOn = DecidedOn(entry.DecisionDate),
        PublishedAt = entry.PublishedAt ?? "",
        BenchmarkDeviation = entry.BenchmarkDeviation,
        DeviationReasoned = entry.DeviationReasoned,
        CategoryKey = entry.Category?.ToLowerInvariant(),
        AgencyKey = entry.Agency.ToLowerInvariant(),
        SearchText = string.Join(SearchSeparator,
            new[] { entry.DecisionNumber, entry.CaseNumber, entry.PartyName, entry.DecisionSummary, entry.LegalBasis, entry.EntryId }
                .Where(s => s is not null)).ToLowerInvariant(),
    };

    /// <summary>Masked again as served: a row written before a masking rule existed shows no more than a new one.</summary>
    public static PublicDisclosure ToEntry(PublicDisclosureEntryEntity row) => PersonalDataMask.Entry(new(row.EntryId, row.CaseNumber,
        row.DecisionNumber, row.Category, row.Agency, row.PartyName, row.PartyCreditCode, row.DecisionSummary, row.LegalBasis,
        row.DecisionDate, row.PublishedAt, row.BenchmarkDeviation, row.DeviationReasoned));

    /// <summary>The decision date's day (a date or the date part of a date-time), as yyyy-MM-dd.</summary>
    private static string? DecidedOn(string? decisionDate) =>
        DateOnly.TryParse(decisionDate?.Length >= 10 ? decisionDate[..10] : decisionDate, CultureInfo.InvariantCulture, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
