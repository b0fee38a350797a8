namespace Bpm.Server.Identity.Directory;

/// <summary>A person as the designer names them: display name, unit, username (nothing else of their record).</summary>
public sealed record DirectoryPerson(string Username, string DisplayName, string? OrganisationName);
