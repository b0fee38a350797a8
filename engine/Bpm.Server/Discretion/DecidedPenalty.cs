namespace Bpm.Server.Discretion;

/// <summary>One penalty decision as the discretion statistics count it: the violation (its benchmark's decision id), the
/// unit the case belongs to, where the fine lies against the benchmark (<see cref="DiscretionPosition"/>), whether a
/// deviation was reasoned (说理), and the decision's date (Beijing).</summary>
public sealed record DecidedPenalty(string? ViolationType, string? OrganisationId, string Position, bool Reasoned, DateOnly? DecidedOn);
