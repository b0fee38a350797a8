using Bpm.Enforcement.Qualification;
using Bpm.Engine.Activities;
using Bpm.Engine.People;
using Bpm.Engine.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Activities.Enforcement.Officers;

/// <summary>Checks that the officers named for an enforcement act are qualified on a date (在编, with an enforcement
/// certificate valid that day: the same rule the user-task assignment rules apply) and that there are enough distinct ones.
/// The team qualifies when nobody named has a problem and at least <c>requiredCount</c> distinct officers qualify.</summary>
[Activity(Type, "执法人员资格校验", EnforcementActivities.Category,
    Description = "校验执法人员是否为在编人员并持有在指定日期有效的行政执法证，且不少于规定人数（默认 2 人，《行政处罚法》第四十二条）；"
        + "可选择不合格时抛出 BPMN 错误 OFFICER_NOT_QUALIFIED。")]
public sealed class OfficerQualificationCheckActivity(TimeProvider clock) : IActivity
{
    public const string ErrorCode = "OFFICER_NOT_QUALIFIED";
    private const string Type = "bpm:officer-qualification-check";

    [Input("执法人员", Required = true, Description = "用户名列表，如 [\"zhangwei\", \"lina\"]。")]
    public List<string> Officers { get; set; } = [];

    [Input("校验日期", Description = "YYYY-MM-DD 或日期时间；默认今天（北京时间）。")]
    public string? Date { get; set; }

    [Input("最少人数", DefaultValue = "2", Description = "法律另有规定的除外，执法人员不得少于两人。")]
    public int RequiredCount { get; set; } = 2;

    [Input("不合格时抛出错误", DefaultValue = "false", Description = "为 true 时，不合格即抛出 BPMN 错误 OFFICER_NOT_QUALIFIED（可由错误边界事件捕获）。")]
    public bool FailWithError { get; set; }

    [Output("是否合格")]
    public bool Qualified { get; private set; }

    [Output("合格执法人员", Description = "合格且不重复的用户名。")]
    public List<string> QualifiedOfficers { get; private set; } = [];

    [Output("问题", Description = "列表 [{officer, reason}]；officer 为空表示人数不足。")]
    public List<OfficerProblem> Problems { get; private set; } = [];

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (RequiredCount < 0)
            throw InvalidInput.Of(Type, "requiredCount", $"must not be negative (got {RequiredCount})");
        var date = string.IsNullOrWhiteSpace(Date) ? ChinaTime.Today(clock) : EnforcementDates.Parse(Type, "date", Date);
        // Resolved here, not injected: the directory is the engine's (database-backed) one, absent where only activities are registered.
        var people = context.Services.GetService<IPeopleDirectory>() ?? new NoPeopleDirectory();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var officer in Officers.Select(o => (o ?? "").Trim()))
        {
            if (officer.Length == 0)
                Problems.Add(new OfficerProblem(null, "执法人员用户名为空"));
            else if (!seen.Add(officer))
                Problems.Add(new OfficerProblem(officer, "重复列出：同一执法人员只能计算一次"));
            else if (await OfficerQualification.ProblemAsync(people, officer, date, cancellationToken) is { } reason)
                Problems.Add(new OfficerProblem(officer, reason));
            else
                QualifiedOfficers.Add(officer);
        }
        if (QualifiedOfficers.Count < RequiredCount)
            Problems.Add(new OfficerProblem(null,
                $"合格执法人员 {QualifiedOfficers.Count} 人，少于规定的 {RequiredCount} 人（{OfficerQualification.TeamLaw}）"));
        Qualified = Problems.Count == 0;
        if (!Qualified && FailWithError)
            throw new BpmnErrorException(ErrorCode, string.Join("；", Problems.Select(p => p.Officer is null ? p.Reason : $"{p.Officer}：{p.Reason}")));
    }
}
