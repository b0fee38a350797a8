namespace Bpm.Server.Discretion.Storage;

/// <summary>One decided penalty as the discretion statistics read it: one row per top-level penalty case whose decision
/// step recorded <c>discretionDeviation</c>, kept by <see cref="DecidedPenaltyProjection"/> in the same transaction as the
/// step that changed the case. Amounts are in fen (分), so sums are exact on both databases.</summary>
public sealed class DecidedPenaltyEntity
{
    public long ProcessInstanceKey { get; set; }
    /// <summary>The procedure: the penalty model's BPMN process id (一般程序, 简易程序 …).</summary>
    public string Procedure { get; set; } = "";
    public string? OrganisationId { get; set; }
    /// <summary>The violation, i.e. its discretion benchmark's decision id; null when none was chosen.</summary>
    public string? ViolationType { get; set; }
    public long? MinFineFen { get; set; }
    public long? MaxFineFen { get; set; }
    /// <summary>The decided fine; null when the decision is not a fine.</summary>
    public long? FineFen { get; set; }
    /// <summary>A <see cref="DiscretionPosition"/> text.</summary>
    public string Position { get; set; } = "";
    public bool Reasoned { get; set; }
    /// <summary>The decision's Beijing date as yyyy-MM-dd, null when the case holds none.</summary>
    public string? DecidedOn { get; set; }
}
