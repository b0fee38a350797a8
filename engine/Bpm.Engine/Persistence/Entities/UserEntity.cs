namespace Bpm.Engine.Persistence.Entities;

public sealed class UserEntity
{
    public string Username { get; set; } = "";
    public string DisplayName { get; set; } = "";
    /// <summary>ASP.NET Core Identity PasswordHasher format.</summary>
    public string PasswordHash { get; set; } = "";
    /// <summary>JSON array of role names: designer, officer, reviewer, head, supervisor, admin.</summary>
    public string Roles { get; set; } = "[]";
    public DateTimeOffset CreatedAt { get; set; }
}
