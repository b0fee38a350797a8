namespace Bpm.Enforcement.CaseNumbers;

/// <summary>Which counter to draw from, and the element instance that asks (one number per element instance).</summary>
public sealed record CaseNumberRequest(string AgencyCode, int Year, string Kind, long ProcessInstanceKey, long ElementInstanceKey);
