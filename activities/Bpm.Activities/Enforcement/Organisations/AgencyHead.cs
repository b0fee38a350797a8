namespace Bpm.Activities.Enforcement.Organisations;

/// <summary>A head (负责人) of an administrative agency as a process reads it: the username tasks are assigned to and the
/// name printed in minutes.</summary>
public sealed record AgencyHead(string Username, string DisplayName);
