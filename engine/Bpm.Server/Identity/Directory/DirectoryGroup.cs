namespace Bpm.Server.Identity.Directory;

/// <summary>A directory group (a user task's candidate group): its Chinese name (<see cref="DirectoryGroupNames"/>, null when
/// nobody named it) and the units its active members belong to.</summary>
public sealed record DirectoryGroup(string Code, string? Name, IReadOnlyList<string> UnitNames, int MemberCount);
