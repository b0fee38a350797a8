namespace Bpm.Server.Identity.Directory;

/// <summary>The answer of <c>GET /api/directory</c>: people, groups and roles found.</summary>
public sealed record DirectoryResponse(IReadOnlyList<DirectoryPerson> People, IReadOnlyList<DirectoryGroup> Groups,
    IReadOnlyList<DirectoryRole> Roles);
