using System.Globalization;
using Bpm.Engine.Activities;
using Bpm.Engine.People;
using Bpm.Engine.Queries;
using Bpm.Engine.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Activities.Enforcement.Sampling;

/// <summary>Picks the case files for a 案卷评查 (case-file review, 河南省行政执法条例第四十条): a seeded random sample of the
/// completed instances of the given processes of an organisation (and, by default, its subordinate units) closed in a date
/// range (China dates, inclusive). See <see cref="SeededSample"/> for how the sample is drawn.</summary>
[Activity(Type, "案卷抽取", EnforcementActivities.Category,
    Description = "从指定机构在指定期间办结的案件中按随机种子抽取案卷（同一种子、同一范围结果相同），样本量可按件数或比例（含最少件数）确定，用于案卷评查。")]
public sealed class CaseFileSamplingActivity : IActivity
{
    private const string Type = "bpm:case-file-sampling";

    [Input("流程", DefaultValue = "[\"administrative-penalty\"]", Description = "流程 ID 列表（bpmnProcessId），默认一般程序行政处罚。")]
    public List<string> BpmnProcessIds { get; set; } = ["administrative-penalty"];

    [Input("机构", DefaultValue = "=organisationId", Description = "被评查机构编号（案件的流程变量 organisationId）；为空时不限机构。")]
    public string? OrganisationId { get; set; }

    [Input("包含下级机构", DefaultValue = "true")]
    public bool IncludeSubunits { get; set; } = true;

    [Input("办结日期起", Required = true, Description = "YYYY-MM-DD（含当日，北京时间）。")]
    public string ClosedFrom { get; set; } = "";

    [Input("办结日期止", Required = true, Description = "YYYY-MM-DD（含当日，北京时间）。")]
    public string ClosedTo { get; set; } = "";

    [Input("抽取件数", Description = "与抽取比例二选一。")]
    public int? SampleSize { get; set; }

    [Input("抽取比例（%）", Description = "如 10 表示 10%，向上取整；与抽取件数二选一。")]
    public decimal? SamplePercent { get; set; }

    [Input("最少件数", DefaultValue = "1", Description = "按比例抽取时至少抽取的件数。")]
    public int MinimumSize { get; set; } = 1;

    [Input("随机种子", Description = "任意文本；相同种子和相同范围得到相同样本。默认由流程实例和节点实例编号生成，并在输出中记录。")]
    public string? Seed { get; set; }

    [Output("抽取的案卷", Description = "列表 [{processInstanceKey, businessKey}]，按流程实例编号排序。")]
    public List<SampledCase> SampledCases { get; private set; } = [];

    [Output("案卷总数")]
    public int PopulationSize { get; private set; }

    [Output("使用的随机种子")]
    public string SampleSeed { get; private set; } = "";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var from = EnforcementDates.Parse(Type, "closedFrom", ClosedFrom);
        var to = EnforcementDates.Parse(Type, "closedTo", ClosedTo);
        if (to < from) throw InvalidInput.Of(Type, "closedTo", $"must not be before closedFrom ({from:yyyy-MM-dd}; got {to:yyyy-MM-dd})");
        var processIds = BpmnProcessIds.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (processIds.Count == 0) throw InvalidInput.Of(Type, "bpmnProcessIds", "must name at least one process");
        if (SampleSize is not null && SamplePercent is not null) throw InvalidInput.Of(Type, "samplePercent", "cannot be given together with sampleSize");
        if (SampleSize is null && SamplePercent is null) throw InvalidInput.Of(Type, "sampleSize", "or samplePercent is required");
        if (SampleSize < 0) throw InvalidInput.Of(Type, "sampleSize", $"must not be negative (got {SampleSize})");
        if (SamplePercent is < 0 or > 100) throw InvalidInput.Of(Type, "samplePercent", $"must be between 0 and 100 (got {SamplePercent})");
        if (MinimumSize < 0) throw InvalidInput.Of(Type, "minimumSize", $"must not be negative (got {MinimumSize})");

        // Resolved here, not injected: both are the engine's database-backed services, absent where only activities are registered.
        var queries = context.Services.GetRequiredService<IClosedCaseQueries>();
        var people = context.Services.GetService<IPeopleDirectory>() ?? new NoPeopleDirectory();
        var closed = await queries.ListAsync(new ClosedCaseFilter(processIds, Start(from), Start(to.AddDays(1))), cancellationToken);
        var population = await InOrganisationAsync(closed, people, cancellationToken);

        SampleSeed = string.IsNullOrWhiteSpace(Seed)
            ? $"{context.Invocation.ProcessInstanceKey}-{context.Invocation.ElementInstanceKey}"
            : Seed.Trim();
        PopulationSize = population.Count;
        var size = Math.Min(population.Count, SampleSize ?? Math.Max(MinimumSize, (int)Math.Ceiling(population.Count * SamplePercent!.Value / 100m)));
        SampledCases = SeededSample.Pick(population, c => c.ProcessInstanceKey.ToString(CultureInfo.InvariantCulture), SampleSeed, size)
            .OrderBy(c => c.ProcessInstanceKey)
            .Select(c => new SampledCase(c.ProcessInstanceKey.ToString(CultureInfo.InvariantCulture), c.BusinessKey))
            .ToList();
    }

    private async Task<List<ClosedCase>> InOrganisationAsync(IReadOnlyList<ClosedCase> closed, IPeopleDirectory people, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(OrganisationId)) return closed.ToList();
        var target = OrganisationId.Trim();
        var inside = new Dictionary<string, bool>(StringComparer.Ordinal) { [target] = true };
        var result = new List<ClosedCase>();
        foreach (var file in closed)
        {
            if (file.OrganisationId is not { } unit) continue;
            if (!inside.TryGetValue(unit, out var member))
            {
                member = IncludeSubunits && (await people.OrganisationAncestorsAsync(unit, ct)).Contains(target, StringComparer.Ordinal);
                inside[unit] = member;
            }
            if (member) result.Add(file);
        }
        return result;
    }

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);

}
