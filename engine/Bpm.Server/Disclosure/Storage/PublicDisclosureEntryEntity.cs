namespace Bpm.Server.Disclosure.Storage;

/// <summary>One entry of the public 执法公示 page: the already masked fields the page shows plus what it filters and sorts
/// on. One row per published, not withdrawn process instance, kept by the server's instance projection in the same
/// transaction as the step that changed the instance. The table is the disclosure module's (<see cref="DisclosureDbContext"/>).</summary>
public sealed class PublicDisclosureEntryEntity
{
    public long ProcessInstanceKey { get; set; }
    public string EntryId { get; set; } = "";
    public string? CaseNumber { get; set; }
    public string? DecisionNumber { get; set; }
    public string? Category { get; set; }
    public string Agency { get; set; } = "";
    public string? PartyName { get; set; }
    public string? PartyCreditCode { get; set; }
    public string? DecisionSummary { get; set; }
    public string? LegalBasis { get; set; }
    /// <summary>The decision date as the case holds it (shown as is).</summary>
    public string? DecisionDate { get; set; }
    /// <summary><see cref="DecisionDate"/> as yyyy-MM-dd for the date range filter, null when it is not a date.</summary>
    public string? DecidedOn { get; set; }
    public string PublishedAt { get; set; } = "";
    /// <summary>Whether the decision's fine lay outside its discretion benchmark's range; null without a benchmark.</summary>
    public bool? BenchmarkDeviation { get; set; }
    /// <summary>For a deviation, whether a written reason (说理) was given; the reason's text is not kept here.</summary>
    public bool? DeviationReasoned { get; set; }
    /// <summary>Lower-case category and agency for case-insensitive filters.</summary>
    public string? CategoryKey { get; set; }
    public string AgencyKey { get; set; } = "";
    /// <summary>The searched fields, lower case, one per line: the free-text filter is a contains over this column.</summary>
    public string SearchText { get; set; } = "";
}
