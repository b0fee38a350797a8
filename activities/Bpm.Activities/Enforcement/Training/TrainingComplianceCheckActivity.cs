using Bpm.Engine.Activities;
using Bpm.Engine.People.Training;
using Bpm.Engine.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Activities.Enforcement.Training;

/// <summary>The yearly 培训与资格 check of an agency from the people directory's training records: every enforcement
/// officer (role <c>officer</c>) attended at least <c>minimumSessions</c> trainings with at least <c>minimumHours</c> class
/// hours in the year, and the legal reviewers (role <c>reviewer</c>) are at least <c>minimumReviewerPercent</c> % of the
/// enforcement staff. The thresholds are inputs because they are set by local rules.</summary>
[Activity(Type, "培训与资格检查", EnforcementActivities.Category,
    Description = "按年度检查执法机关人员培训和法制审核人员配备：每名执法人员每年参加培训不少于 3 次、不少于 40 学时；法制审核人员不少于执法人员的 5%（标准可配置）。")]
public sealed class TrainingComplianceCheckActivity(TimeProvider clock) : IActivity
{
    private const string Type = "bpm:training-compliance-check";

    [Input("机构", Required = true, Description = "被检查机构编号，如 410100-SCJGJ。")]
    public string OrganisationId { get; set; } = "";

    [Input("包含下级机构", DefaultValue = "true")]
    public bool IncludeSubunits { get; set; } = true;

    [Input("年度", Description = "默认今年（北京时间）。")]
    public int? Year { get; set; }

    [Input("最少培训次数", DefaultValue = "3")]
    public int MinimumSessions { get; set; } = 3;

    [Input("最少学时", DefaultValue = "40")]
    public decimal MinimumHours { get; set; } = 40;

    [Input("法制审核人员最低比例（%）", DefaultValue = "5")]
    public decimal MinimumReviewerPercent { get; set; } = 5;

    [Output("是否合格")]
    public bool Compliant { get; private set; }

    [Output("执法人员数")]
    public int EnforcementStaff { get; private set; }

    [Output("法制审核人员数")]
    public int LegalReviewers { get; private set; }

    [Output("法制审核人员比例（%）", Description = "保留两位小数；无执法人员时为 0。")]
    public decimal ReviewerPercent { get; private set; }

    [Output("培训不达标人员", Description = "列表 [{officer, name, sessions, hours, reason}]。")]
    public List<TrainingShortfall> Shortfalls { get; private set; } = [];

    [Output("问题", Description = "中文说明列表。")]
    public List<string> Problems { get; private set; } = [];

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(OrganisationId)) throw InvalidInput.Of(Type, "organisationId", "is required");
        if (MinimumSessions < 0) throw InvalidInput.Of(Type, "minimumSessions", $"must not be negative (got {MinimumSessions})");
        if (MinimumHours < 0) throw InvalidInput.Of(Type, "minimumHours", $"must not be negative (got {MinimumHours})");
        if (MinimumReviewerPercent is < 0 or > 100) throw InvalidInput.Of(Type, "minimumReviewerPercent", $"must be between 0 and 100 (got {MinimumReviewerPercent})");
        var year = Year ?? ChinaTime.Today(clock).Year;
        if (year is < 1900 or > 9999) throw InvalidInput.Of(Type, "year", $"must be a calendar year (got {year})");

        // Resolved here, not injected: the engine's database-backed query, absent where only activities are registered.
        var queries = context.Services.GetRequiredService<IStaffTrainingQueries>();
        var staff = await queries.ListAsync(OrganisationId.Trim(), IncludeSubunits, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
        var officers = staff.Where(s => s.Roles.Contains("officer")).ToList();
        EnforcementStaff = officers.Count;
        LegalReviewers = staff.Count(s => s.Roles.Contains("reviewer"));
        ReviewerPercent = EnforcementStaff == 0 ? 0 : Math.Round(100m * LegalReviewers / EnforcementStaff, 2, MidpointRounding.AwayFromZero);

        foreach (var officer in officers)
        {
            var hours = Math.Round((decimal)officer.Hours, 1);
            var reasons = new List<string>();
            if (officer.Sessions < MinimumSessions) reasons.Add($"{year}年参加培训 {officer.Sessions} 次，少于 {MinimumSessions} 次");
            if (hours < MinimumHours) reasons.Add($"{year}年培训 {hours} 学时，少于 {MinimumHours} 学时");
            if (reasons.Count > 0)
                Shortfalls.Add(new TrainingShortfall(officer.Username, officer.DisplayName, officer.Sessions, hours, string.Join("；", reasons)));
        }
        Problems.AddRange(Shortfalls.Select(s => $"{s.Name}（{s.Officer}）：{s.Reason}"));
        if (EnforcementStaff > 0 && 100m * LegalReviewers < MinimumReviewerPercent * EnforcementStaff)
            Problems.Add($"法制审核人员 {LegalReviewers} 人，占执法人员 {EnforcementStaff} 人的 {ReviewerPercent}%，低于 {MinimumReviewerPercent}%");
        Compliant = Problems.Count == 0;
    }
}
