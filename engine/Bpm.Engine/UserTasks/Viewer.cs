using Bpm.Engine.People;

namespace Bpm.Engine.UserTasks;

/// <summary>The caller as the access rules see them: token roles plus the directory's roles, groups and organisation.</summary>
internal sealed record Viewer(string Username, IReadOnlySet<string> Roles, IReadOnlyList<string> Groups, string? OrganisationId)
{
    public const string Admin = "admin";
    public const string Head = "head";
    public const string Supervisor = "supervisor";

    public bool IsAdmin => Roles.Contains(Admin);

    /// <summary>The unit whose tasks (and those below it) a head or supervisor oversees, or null.</summary>
    public string? OverseenOrganisation => (Roles.Contains(Head) || Roles.Contains(Supervisor)) ? OrganisationId : null;

    public static async Task<Viewer> ResolveAsync(TaskActor actor, IPeopleDirectory people, CancellationToken ct)
    {
        var person = await people.FindAsync(actor.Username, ct);
        var roles = new HashSet<string>(actor.Roles, StringComparer.Ordinal);
        if (person is not null) roles.UnionWith(person.Roles);
        return new Viewer(actor.Username, roles, person?.Groups ?? [], person?.OrganisationId);
    }
}
