using Bpm.Engine.Activities;
using Bpm.Engine.People;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Activities.Enforcement.Organisations;

/// <summary>Lists the enforcement personnel of exactly one organisation unit — its officers and its heads — by username, for a
/// form to pick a person from the registry (a hearing's host, 行政处罚法 第六十四条) instead of typing a name.</summary>
[Activity(Type, "本机构执法人员", EnforcementActivities.Category,
    Description = "列出承办机构的执法人员和负责人（用户名与姓名），供表单从组织机构名册中选择人员（如听证主持人）。")]
public sealed class UnitOfficersActivity : IActivity
{
    private const string Type = "bpm:unit-officers";
    private static readonly string[] Roles = ["officer", "head"];

    [Input("承办机构", Required = true, DefaultValue = "=organisationId", Description = "机构编号（流程变量 organisationId）。")]
    public string OrganisationId { get; set; } = "";

    [Output("执法人员", Description = "列表 [{username, displayName}]，按用户名排序；同名人员以用户名区分。")]
    public List<UnitOfficer> Officers { get; private set; } = [];

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var unitId = OrganisationId.Trim();
        if (unitId.Length == 0) throw InvalidInput.Of(Type, "organisationId", "is required");
        // Resolved here, not injected: the engine's database-backed people directory, absent where only activities are registered.
        var people = context.Services.GetRequiredService<IPeopleDirectory>();
        var found = new Dictionary<string, UnitOfficer>(StringComparer.Ordinal);
        foreach (var role in Roles)
            foreach (var person in await people.FindByRoleAsync(role, unitId, cancellationToken))
                found.TryAdd(person.Username, new UnitOfficer(person.Username, person.DisplayName));
        if (found.Count == 0) throw InvalidInput.Of(Type, "organisationId", $"'{unitId}' has no officer or head");
        Officers = found.Values.OrderBy(o => o.Username, StringComparer.Ordinal).ToList();
    }
}
