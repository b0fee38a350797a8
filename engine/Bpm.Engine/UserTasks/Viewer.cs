using Bpm.Engine.People;

namespace Bpm.Engine.UserTasks;

/// <summary>The caller as the access rules see them (tasks, escalations and cases alike): token roles plus the directory's
/// roles, groups and organisation, and for a supervisor the area they oversee read-only (docs/security.md).</summary>
internal sealed record Viewer(string Username, IReadOnlySet<string> Roles, IReadOnlyList<string> Groups, string? OrganisationId,
    string? SupervisedArea = null, string? DisplayName = null)
{
    public const string Admin = "admin";
    public const string Head = "head";
    public const string Supervisor = "supervisor";
    public const string Officer = "officer";
    public const string Reviewer = "reviewer";
    public const string Designer = "designer";

    /// <summary>How texts name the caller: the directory's display name, else the username.</summary>
    public string Name => DisplayName is { Length: > 0 } name ? name : Username;

    public bool IsAdmin => Roles.Contains(Admin);
    public bool IsHead => Roles.Contains(Head);

    /// <summary>The unit whose tasks and cases (and those below it) a head oversees and may act on, or null.</summary>
    public string? OverseenOrganisation => IsHead ? OrganisationId : null;

    /// <summary>Whether the caller works with case data at all (designers do not, unless they also hold one of these).</summary>
    public bool HasCaseRole => Roles.Contains(Officer) || Roles.Contains(Reviewer) || IsHead || Roles.Contains(Supervisor) || IsAdmin;

    public static async Task<Viewer> ResolveAsync(TaskActor actor, IPeopleDirectory people, CancellationToken ct)
    {
        var person = await people.FindAsync(actor.Username, ct);
        var roles = new HashSet<string>(actor.Roles, StringComparer.Ordinal);
        if (person is not null) roles.UnionWith(person.Roles);
        var organisation = person?.OrganisationId;
        var area = roles.Contains(Supervisor) && organisation is not null ? await people.SupervisedAreaAsync(organisation, ct) : null;
        return new Viewer(actor.Username, roles, person?.Groups ?? [], organisation, area, person?.DisplayName);
    }
}
