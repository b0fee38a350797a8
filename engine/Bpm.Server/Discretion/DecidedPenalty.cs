namespace Bpm.Server.Discretion;

/// <summary>One penalty decision as the discretion statistics count it: the procedure (the model's BPMN process id), the
/// violation (its benchmark's decision id), the unit the case belongs to, the benchmark's recommended fine range, the
/// decided fine (null when the decision is not a fine), where it lies against the range (<see cref="DiscretionPosition"/>),
/// whether a deviation was reasoned (说理), and the decision's date (Beijing).</summary>
public sealed record DecidedPenalty(string Procedure, string? ViolationType, string? OrganisationId, decimal? MinFine, decimal? MaxFine,
    decimal? Fine, string Position, bool Reasoned, DateOnly? DecidedOn);
