namespace Bpm.Engine.Cases;

/// <summary>The cases one caller may see, as values a module's own query can filter its rows by (a read model keyed by the
/// case): every case (<see cref="All"/>, an admin), else the cases of <see cref="Units"/> and the cases the caller takes
/// part in (<see cref="Participating"/>), the same rule as the case list's (<see cref="ICaseAccessService"/>).</summary>
public sealed record VisibleCases(bool All, IReadOnlyList<string> Units, IReadOnlyList<long> Participating)
{
    public static readonly VisibleCases Every = new(true, [], []);

    public bool Includes(string? organisationId, long processInstanceKey) =>
        All || (organisationId is not null && Units.Contains(organisationId)) || Participating.Contains(processInstanceKey);
}
