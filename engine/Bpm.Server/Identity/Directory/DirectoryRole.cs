namespace Bpm.Server.Identity.Directory;

/// <summary>A role with its Chinese name (<see cref="Bpm.Enforcement.Roles.RoleNames"/>).</summary>
public sealed record DirectoryRole(string Code, string Name);
