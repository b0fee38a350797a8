namespace Bpm.Engine.Queries;

/// <summary>How a person recognises the case a task belongs to: its case number (the number issued by the case-number
/// activity, else the <c>caseNumber</c> variable, else the business key) and the party (<c>partyName</c>, else
/// <c>applicantName</c>).</summary>
public sealed record CaseLabel(string? CaseNumber, string? BusinessKey, string? PartyName);
