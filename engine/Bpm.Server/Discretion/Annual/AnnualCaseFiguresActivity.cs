using Bpm.Activities.Enforcement;
using Bpm.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Discretion.Annual;

/// <summary>Prefills the rest of the 行政执法统计年报 before the form opens: licences, inspections, hearings, legal reviews
/// and collective discussions of the unit and the year (<see cref="AnnualCaseFiguresQuery"/>) become the variables the
/// form's fields of the same name show, and <c>systemCaseFigures</c> keeps them as computed, so a change to one is recorded
/// after the report is submitted (<see cref="AnnualFigureChangesActivity"/>).</summary>
[Activity(Type, "年报案件统计数预填", EnforcementActivities.Category,
    Description = "按统计年度和机构（含下级机构）统计行政许可决定、现场核查和调查取证、听证、法制审核和集体讨论，预填统计年报。")]
public sealed class AnnualCaseFiguresActivity : IActivity
{
    private const string Type = "bpm:annual-case-figures";

    [Input("统计年度", Required = true)]
    public int Year { get; set; }

    [Input("机构", DefaultValue = "=organisationId", Description = "统计机构编号（含下级机构）；为空时统计全部机构。")]
    public string? OrganisationId { get; set; }

    [Output("行政许可（件）")]
    public int LicensingCount { get; private set; }

    [Output("行政检查（次）")]
    public int InspectionCount { get; private set; }

    [Output("听证（次）")]
    public int HearingCount { get; private set; }

    [Output("法制审核（件）")]
    public int LegalReviewCount { get; private set; }

    [Output("集体讨论（次）")]
    public int CollectiveDiscussionCount { get; private set; }

    [Output("案件系统统计数", Description = "预填时系统计算的数值，供比对填报人员的修改。")]
    public AnnualCaseFigures? SystemCaseFigures { get; private set; }

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var unit = AnnualReportScope.Unit(Type, Year, OrganisationId);
        // Resolved here, not injected: the module's database-backed query, absent where only activities are registered.
        var figures = await context.Services.GetRequiredService<AnnualCaseFiguresQuery>().ForAsync(Year, unit, cancellationToken);
        SystemCaseFigures = figures;
        LicensingCount = figures.LicensingCount;
        InspectionCount = figures.InspectionCount;
        HearingCount = figures.HearingCount;
        LegalReviewCount = figures.LegalReviewCount;
        CollectiveDiscussionCount = figures.CollectiveDiscussionCount;
    }
}
