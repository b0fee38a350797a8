namespace Bpm.Engine.People;

/// <summary>A kernel query modules name a role with (the escalation module asks it for a unit's heads): who holds a role
/// for an organisation unit, looking upwards through its ancestors until a unit has holders.</summary>
public static class RoleHolders
{
    /// <summary>The usernames holding <paramref name="role"/> in the unit, else in its nearest ancestor that has any; none
    /// without a unit or when no unit upwards has holders.</summary>
    public static async Task<IReadOnlyList<string>> NearestAsync(this IPeopleDirectory people, string role, string? organisationId,
        CancellationToken ct)
    {
        if (organisationId is null) return [];
        var units = new List<string> { organisationId };
        units.AddRange(await people.OrganisationAncestorsAsync(organisationId, ct));
        foreach (var unit in units)
        {
            var holders = await people.FindByRoleAsync(role, unit, ct);
            if (holders.Count > 0) return holders.Select(h => h.Username).Distinct().ToList();
        }
        return [];
    }
}
