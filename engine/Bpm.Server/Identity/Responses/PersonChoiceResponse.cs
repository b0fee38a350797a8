namespace Bpm.Server.Identity.Responses;

/// <summary>A person as a user picker shows them: name, unit and roles (nothing else of their record).</summary>
public sealed record PersonChoiceResponse(string Username, string DisplayName, string? OrganisationId, string? OrganisationName,
    IReadOnlyList<string> Roles);
