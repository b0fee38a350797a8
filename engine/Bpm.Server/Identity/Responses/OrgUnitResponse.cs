using Bpm.Server.Identity.Storage;

namespace Bpm.Server.Identity.Responses;

public sealed record OrgUnitResponse(string Id, string Name, string? ParentId, string Kind)
{
    public static OrgUnitResponse From(OrgUnitEntity unit) => new(unit.Id, unit.Name, unit.ParentId, unit.Kind);
}
