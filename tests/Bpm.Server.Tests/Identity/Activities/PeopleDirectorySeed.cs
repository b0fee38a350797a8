using Bpm.Server.Identity.Storage;
using Bpm.Server.Tests.Infrastructure;

namespace Bpm.Server.Tests.Identity.Activities;

/// <summary>An engine with the identity module whose tables hold the organisation units and users a test writes.</summary>
internal static class PeopleDirectorySeed
{
    public static Task<IdentityModuleHost> StartAsync<TDatabase>(Action<IdentityDbContext> seed) where TDatabase : IServerDatabase =>
        IdentityModuleHost.StartAsync<TDatabase>(seed);

    public static OrgUnitEntity Unit(string id, string name, string? parentId, string kind) =>
        new() { Id = id, Name = name, ParentId = parentId, Kind = kind };

    public static void AddUser(this IdentityDbContext db, string name, string org, string role, bool active = true) =>
        db.Users.Add(new UserEntity { Username = name, DisplayName = name.ToUpperInvariant(), OrganisationId = org, Roles = $"[\"{role}\"]", Active = active });
}
