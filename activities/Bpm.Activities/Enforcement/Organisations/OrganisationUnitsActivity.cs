using Bpm.Engine.Activities;
using Bpm.Engine.People;
using Bpm.Engine.People.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Activities.Enforcement.Organisations;

/// <summary>Lists the organisation units of one kind from the people directory, each with the usernames of its heads (role
/// <c>head</c> in exactly that unit), so that a process can run a call activity once per agency.</summary>
[Activity(Type, "机构列表", EnforcementActivities.Category,
    Description = "按类型列出组织机构（默认 department：各级行政执法部门）及其负责人，可限定在某一机构之下，供逐个机构启动年度检查等子流程。")]
public sealed class OrganisationUnitsActivity : IActivity
{
    private const string Type = "bpm:organisation-units";
    private static readonly string[] Kinds = ["province", "city", "county", "department", "unit"];

    [Input("机构类型", DefaultValue = "department", Description = "province、city、county、department 或 unit。")]
    public string Kind { get; set; } = "department";

    [Input("上级机构", Description = "只列出该机构及其下级机构中的单位；为空时不限。")]
    public string? Under { get; set; }

    [Output("机构", Description = "列表 [{id, name, kind, parentId, heads}]，按编号排序；heads 为该机构负责人用户名。")]
    public List<ListedOrganisationUnit> OrganisationUnits { get; private set; } = [];

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var kind = Kind.Trim();
        if (!Kinds.Contains(kind)) throw InvalidInput.Of(Type, "kind", $"must be one of {string.Join(", ", Kinds)} (got '{Kind}')");
        var under = string.IsNullOrWhiteSpace(Under) ? null : Under.Trim();
        // Resolved here, not injected: the engine's database-backed queries, absent where only activities are registered.
        var units = await context.Services.GetRequiredService<IOrganisationUnitQueries>().ListAsync(kind, under, cancellationToken);
        var people = context.Services.GetRequiredService<IPeopleDirectory>();
        foreach (var unit in units)
        {
            var heads = await people.FindByRoleAsync("head", unit.Id, cancellationToken);
            OrganisationUnits.Add(new ListedOrganisationUnit(unit.Id, unit.Name, unit.Kind, unit.ParentId, heads.Select(h => h.Username).ToList()));
        }
    }
}
