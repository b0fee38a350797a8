namespace Bpm.Server.Identity.Requests;

/// <summary>A partial update: null leaves a field as it is.</summary>
public sealed record UserUpdate(string? DisplayName, string? OrganisationId, IReadOnlyList<string>? Roles,
    IReadOnlyList<string>? Groups, string? EmploymentType, bool? Active, string? Password);
