using Bpm.Engine.Activities;
using Bpm.Engine.People;
using Bpm.Engine.People.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Activities.Enforcement.Organisations;

/// <summary>Finds the administrative agency (行政机关) a case's handling unit belongs to — the unit itself or its nearest
/// ancestor of kind <c>department</c> — and lists the agency's heads (role <c>head</c> in exactly that unit): the members of
/// its 负责人集体讨论 (河南省行政执法条例 第二十八条). Heads of sub-units (a 处长 of the handling unit) are not among them.</summary>
[Activity(Type, "机关负责人", EnforcementActivities.Category,
    Description = "按承办机构查找所属行政机关（本机构或最近的 department 类上级机构）及其负责人，用于负责人集体讨论。")]
public sealed class AgencyHeadsActivity : IActivity
{
    private const string Type = "bpm:agency-heads";

    [Input("承办机构", Required = true, DefaultValue = "=organisationId", Description = "案件的承办机构编号（流程变量 organisationId）。")]
    public string OrganisationId { get; set; } = "";

    [Output("行政机关编号")]
    public string AgencyId { get; private set; } = "";

    [Output("行政机关名称")]
    public string AgencyName { get; private set; } = "";

    [Output("负责人", Description = "列表 [{username, displayName}]，按用户名排序。")]
    public List<AgencyHead> Heads { get; private set; } = [];

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var unitId = OrganisationId.Trim();
        if (unitId.Length == 0) throw InvalidInput.Of(Type, "organisationId", "is required");
        // Resolved here, not injected: the engine's database-backed people directory, absent where only activities are registered.
        var people = context.Services.GetRequiredService<IPeopleDirectory>();
        var departments = (await context.Services.GetRequiredService<IOrganisationUnitQueries>().ListAsync("department", null, cancellationToken))
            .ToDictionary(u => u.Id, StringComparer.Ordinal);
        var chain = new List<string> { unitId };
        chain.AddRange(await people.OrganisationAncestorsAsync(unitId, cancellationToken));
        var agency = chain.Select(id => departments.GetValueOrDefault(id)).FirstOrDefault(u => u is not null)
            ?? throw InvalidInput.Of(Type, "organisationId", $"'{unitId}' belongs to no organisation unit of kind department");
        AgencyId = agency.Id;
        AgencyName = agency.Name;
        Heads = (await people.FindByRoleAsync("head", agency.Id, cancellationToken))
            .Select(p => new AgencyHead(p.Username, p.DisplayName)).OrderBy(h => h.Username, StringComparer.Ordinal).ToList();
    }
}
