namespace Bpm.Activities.Enforcement.MajorDecisions;

/// <summary>The thresholds and catalogue of one organisation; a null field inherits from the nearest ancestor organisation
/// that sets it, else from the defaults.</summary>
public sealed class MajorDecisionSettings
{
    /// <summary>Fine on a natural person (公民) from which a penalty is major, in yuan.</summary>
    public decimal? PersonFineThreshold { get; set; }
    /// <summary>Fine on a legal person or other organisation from which a penalty is major, in yuan.</summary>
    public decimal? OrganisationFineThreshold { get; set; }
    /// <summary>Value of confiscated illegal gains or property (of a natural person) from which a penalty is major.</summary>
    public decimal? PersonConfiscationThreshold { get; set; }
    public decimal? OrganisationConfiscationThreshold { get; set; }
    /// <summary>Penalty kinds that are major whatever the amount; a given kind matches an entry that it starts with
    /// (吊销许可证 matches 吊销许可证件).</summary>
    public List<string>? MajorPenaltyKinds { get; set; }
    /// <summary>The provision cited in the reasons.</summary>
    public string? Statute { get; set; }
}
