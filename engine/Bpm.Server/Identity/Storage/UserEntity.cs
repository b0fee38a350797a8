namespace Bpm.Server.Identity.Storage;

public sealed class UserEntity
{
    public string Username { get; set; } = "";
    public string DisplayName { get; set; } = "";
    /// <summary>ASP.NET Core Identity PasswordHasher format.</summary>
    public string PasswordHash { get; set; } = "";
    /// <summary>JSON array of role names: designer, officer, reviewer, head, supervisor, admin.</summary>
    public string Roles { get; set; } = "[]";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The organisation unit the user works in (<c>org_units.id</c>).</summary>
    public string? OrganisationId { get; set; }
    /// <summary>JSON array of group names (candidate groups of user tasks).</summary>
    public string Groups { get; set; } = "[]";
    /// <summary>在编, 聘用, 劳动合同, 工勤 or 临时; only 在编 staff may hold enforcement certificates.</summary>
    public string EmploymentType { get; set; } = "在编";
    /// <summary>法律职业资格 certificate number, when the user holds the qualification.</summary>
    public string? QualificationNumber { get; set; }
    public DateOnly? QualificationObtainedOn { get; set; }
    /// <summary>Inactive users cannot sign in and are not in the people directory.</summary>
    public bool Active { get; set; } = true;
    /// <summary>Random value that changes whenever the password, roles, organisation or active flag change; tokens carry
    /// the stamp they were issued with and stop working once it differs.</summary>
    public string SecurityStamp { get; set; } = "";
}
