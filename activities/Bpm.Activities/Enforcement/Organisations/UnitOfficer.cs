namespace Bpm.Activities.Enforcement.Organisations;

/// <summary>A person of an organisation unit as a form offers it: the username stored and the name shown.</summary>
public sealed record UnitOfficer(string Username, string DisplayName);
