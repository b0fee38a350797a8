using Bpm.Engine.Persistence;
using Bpm.Engine.Persistence.Entities;
using Bpm.Engine.Tests.Engine;
using Bpm.Engine.Tests.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Engine.Tests.Activities.Enforcement;

/// <summary>An isolated engine whose people directory holds the organisation units and users a test writes.</summary>
internal static class PeopleDirectorySeed
{
    public static async Task<IsolatedEngine> StartAsync(DatabaseProvider provider, Action<BpmDbContext> seed)
    {
        var e = await IsolatedEngine.StartAsync(provider);
        await using var db = await e.H.Services.GetRequiredService<IDbContextFactory<BpmDbContext>>().CreateDbContextAsync();
        seed(db);
        await db.SaveChangesAsync();
        return e;
    }

    public static OrgUnitEntity Unit(string id, string name, string? parentId, string kind) =>
        new() { Id = id, Name = name, ParentId = parentId, Kind = kind };

    public static void AddUser(this BpmDbContext db, string name, string org, string role, bool active = true) =>
        db.Users.Add(new UserEntity { Username = name, DisplayName = name.ToUpperInvariant(), OrganisationId = org, Roles = $"[\"{role}\"]", Active = active });
}
