namespace Bpm.Engine.Cases;

/// <summary>The caller as an <see cref="ICaseAccessPolicy"/> sees them: token and directory roles, groups, organisation
/// unit, and the area the directory says they oversee read-only (<see cref="People.IPeopleDirectory.SupervisedAreaAsync"/>,
/// resolved for holders of the supervisor role).</summary>
public sealed record CaseCaller(string Username, IReadOnlySet<string> Roles, IReadOnlyList<string> Groups, string? OrganisationId,
    string? SupervisedArea);
