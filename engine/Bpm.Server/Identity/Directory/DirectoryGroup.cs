namespace Bpm.Server.Identity.Directory;

/// <summary>A directory group (a user task's candidate group), named by the units its active members belong to.</summary>
public sealed record DirectoryGroup(string Code, IReadOnlyList<string> UnitNames, int MemberCount);
