namespace Bpm.Engine.People.Training;

/// <summary>One active staff member of a unit and the training they attended in a period.</summary>
public sealed record StaffTraining(string Username, string DisplayName, string? OrganisationId, IReadOnlyList<string> Roles,
    string EmploymentType, int Sessions, double Hours);
