namespace Bpm.Server.Identity.Requests;

public sealed record NewUser(string Username, string Password, string DisplayName, string OrganisationId,
    IReadOnlyList<string> Roles, IReadOnlyList<string> Groups, string EmploymentType);
