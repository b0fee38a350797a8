namespace Bpm.Enforcement.CaseNumbers.Storage;

/// <summary>The last sequence number issued for one (agency code, year, kind); the next case number takes the one after it.</summary>
public sealed class CaseNumberSequenceEntity
{
    public string AgencyCode { get; set; } = "";
    public int Year { get; set; }
    public string Kind { get; set; } = "";
    public long LastValue { get; set; }
}
