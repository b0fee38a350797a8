namespace Bpm.Activities.Enforcement.Organisations;

/// <summary>An organisation unit as a process reads it: its id, name, kind, parent and the usernames of its heads.</summary>
public sealed record ListedOrganisationUnit(string Id, string Name, string Kind, string? ParentId, IReadOnlyList<string> Heads);
