namespace Bpm.Enforcement.CaseNumbers.Storage;

/// <summary>A case number as issued, once per element instance, so that a retried activity gets the same number back.</summary>
public sealed class CaseNumberEntity
{
    public string AgencyCode { get; set; } = "";
    public int Year { get; set; }
    public string Kind { get; set; } = "";
    public long Sequence { get; set; }
    public string CaseNumber { get; set; } = "";
    public long ProcessInstanceKey { get; set; }
    public long ElementInstanceKey { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
}
