namespace Bpm.Activities.Enforcement.Officers;

/// <summary>Why an officer (or, with a null <see cref="Officer"/>, the team) does not qualify, in Chinese.</summary>
public sealed record OfficerProblem(string? Officer, string Reason);
