namespace Bpm.Engine.Queries;

/// <summary>How a person recognises the case a task belongs to: its case number (the first number a module issued, see <see cref="ICaseLabelNumbers"/>,
/// else the <c>caseNumber</c> variable, else the business key) and the party (<c>partyName</c>, else
/// <c>applicantName</c>).</summary>
public sealed record CaseLabel(string? CaseNumber, string? BusinessKey, string? PartyName);
