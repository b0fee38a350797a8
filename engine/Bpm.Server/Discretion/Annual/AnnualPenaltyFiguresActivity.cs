using Bpm.Activities.Enforcement;
using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Discretion.Annual;

/// <summary>Prefills the 行政执法统计年报 before the form opens: the figures the system knows for the unit and the year
/// (<see cref="AnnualPenaltyFiguresQuery"/>) become the variables the form's fields of the same name show, and
/// <c>systemFigures</c> keeps them as computed, so a supervisor's change to one is recorded after the report is submitted
/// (<see cref="AnnualFigureChangesActivity"/>).</summary>
[Activity(Type, "年报系统统计数预填", EnforcementActivities.Category,
    Description = "按统计年度和机构（含下级机构）从已作出的行政处罚决定中统计件数、程序、罚款金额和偏离裁量基准情况，预填统计年报。")]
public sealed class AnnualPenaltyFiguresActivity : IActivity
{
    private const string Type = "bpm:annual-penalty-figures";

    [Input("统计年度", Required = true)]
    public int Year { get; set; }

    [Input("机构", DefaultValue = "=organisationId", Description = "统计机构编号（含下级机构）；为空时统计全部机构。")]
    public string? OrganisationId { get; set; }

    [Output("行政处罚（件）")]
    public int PenaltyCount { get; private set; }

    [Output("一般程序（件）")]
    public int GeneralProcedureCount { get; private set; }

    [Output("简易程序（件）")]
    public int SummaryProcedureCount { get; private set; }

    [Output("罚款金额（元）")]
    public decimal FineTotal { get; private set; }

    [Output("偏离裁量基准（件）")]
    public int BenchmarkDeviationCount { get; private set; }

    [Output("偏离已说理（件）")]
    public int DeviationReasonedCount { get; private set; }

    [Output("系统统计数", Description = "预填时系统计算的数值，供比对填报人员的修改。")]
    public AnnualPenaltyFigures? SystemFigures { get; private set; }

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var unit = AnnualReportScope.Unit(Type, Year, OrganisationId);
        // Resolved here, not injected: the module's database-backed query, absent where only activities are registered.
        var figures = await context.Services.GetRequiredService<AnnualPenaltyFiguresQuery>().ForAsync(Year, unit, cancellationToken);
        SystemFigures = figures;
        PenaltyCount = figures.PenaltyCount;
        GeneralProcedureCount = figures.GeneralProcedureCount;
        SummaryProcedureCount = figures.SummaryProcedureCount;
        FineTotal = figures.FineTotal;
        BenchmarkDeviationCount = figures.BenchmarkDeviationCount;
        DeviationReasonedCount = figures.DeviationReasonedCount;
    }
}
