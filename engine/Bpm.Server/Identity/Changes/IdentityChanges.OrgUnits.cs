using Bpm.Engine.Runtime;
using Bpm.Server.Identity.Requests;
using Bpm.Server.Identity.Responses;
using Bpm.Server.Identity.Storage;
using Bpm.Server.Identity.Vocabulary;
using Bpm.Server.Problems;

namespace Bpm.Server.Identity.Changes;

public sealed partial class IdentityChanges
{
    /// <summary>Only a province is a root; every other unit names an existing parent.</summary>
    public async Task<OrgUnitEntity> AddOrgUnitAsync(NewOrgUnit request, CancellationToken ct)
    {
        if (await context.OrgUnits.FindAsync([request.Id], ct) is not null)
            throw new EngineConflictException($"机构 {request.Id} 已存在。");
        if (request.ParentId is null && request.Kind != OrgUnitKinds.Province)
            throw new ApiBadRequestException("缺少上级机构 parentId：只有省级机构可以作为机构树的根。", "parentId");
        if (request.ParentId is not null)
            await CheckOrganisationAsync(request.ParentId, "parentId", ct);

        var unit = new OrgUnitEntity { Id = request.Id, Name = request.Name, ParentId = request.ParentId, Kind = request.Kind, CreatedAt = now };
        context.OrgUnits.Add(unit);
        Audit("org-unit.created", AuditEntities.OrgUnit, unit.Id, null, OrgUnitResponse.From(unit));
        return unit;
    }
}
