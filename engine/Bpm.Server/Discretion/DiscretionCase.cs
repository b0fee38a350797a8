namespace Bpm.Server.Discretion;

/// <summary>One case of a discretion count's list: the case (key, number, party), its unit, the violation (benchmark
/// decision id), the recommended range and the decided fine in yuan, where the fine lies (<see cref="DiscretionPosition"/>),
/// whether a deviation was reasoned, and the decision's Beijing date.</summary>
public sealed record DiscretionCase(string ProcessInstanceKey, string? CaseNumber, string? PartyName, string Procedure, string? OrganisationId,
    string? ViolationType, decimal? MinFine, decimal? MaxFine, decimal? Fine, string Position, bool Reasoned, string? DecidedOn);
