namespace Bpm.Server.Identity.Directory;

/// <summary>A role with its Chinese name (<see cref="Bpm.Engine.People.RoleNames"/>).</summary>
public sealed record DirectoryRole(string Code, string Name);
