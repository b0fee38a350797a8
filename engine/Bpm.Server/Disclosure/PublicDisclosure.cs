namespace Bpm.Server.Disclosure;

/// <summary>One published enforcement decision as the public sees it: personal data already masked.
/// <see cref="BenchmarkDeviation"/> says whether a penalty's fine lay outside its discretion benchmark (裁量基准) and
/// <see cref="DeviationReasoned"/> whether that deviation was reasoned; both null when the case had no benchmark.</summary>
public sealed record PublicDisclosure(
    string EntryId,
    string? CaseNumber,
    string? DecisionNumber,
    string? Category,
    string Agency,
    string? PartyName,
    string? PartyCreditCode,
    string? DecisionSummary,
    string? LegalBasis,
    string? DecisionDate,
    string? PublishedAt,
    bool? BenchmarkDeviation = null,
    bool? DeviationReasoned = null);
