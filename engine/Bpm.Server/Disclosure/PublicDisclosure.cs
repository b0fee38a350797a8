namespace Bpm.Server.Disclosure;

/// <summary>One published enforcement decision as the public sees it: personal data already masked.</summary>
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
    string? PublishedAt);
