namespace Bpm.Enforcement.CaseNumbers;

/// <summary>A case number: its sequence in the (agency code, year, kind) counter and its text. <see cref="Reissued"/> is true
/// when the element instance already had it (a retried activity).</summary>
public sealed record IssuedCaseNumber(long Sequence, string CaseNumber, bool Reissued);
