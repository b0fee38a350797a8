using Bpm.Activities.Deadlines;
using Bpm.Engine.Activities;
using Bpm.Engine.Deadlines;
using Microsoft.Extensions.Options;

namespace Bpm.Activities.Enforcement.StatutoryDeadlines;

/// <summary>Starts the statutory period <c>period</c> of the catalogue as the named deadline <c>deadlines.&lt;name&gt;</c>,
/// exactly as <c>bpm:start-deadline</c> does (so the engine's pause, resume and extension commands apply), with the days,
/// unit and provision taken from the catalogue instead of the model. A statutory period runs from the legal date given as
/// <c>start</c> (立案日期, 送达日期; the start day does not count) and ends at 24:00 of its last day, Beijing time (the due time
/// is 23:59:59 of that day; 民法典 第二百零一条、第二百零三条), rolled to the next working day where the period is in calendar days.</summary>
[Activity(Type, "法定期限计算", EnforcementActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "按法定期限目录（天数、工作日/自然日、法律依据）启动命名期限 deadlines.<名称>，输出到期时间；可暂停、恢复和延长。")]
public sealed class StatutoryDeadlineActivity(DeadlineCalculator calculator, Bpm.Engine.Time.BusinessClock clock, IOptionsMonitor<StatutoryPeriodOptions> options)
    : IActivity
{
    private const string Type = "bpm:statutory-deadline";

    [Input("法定期限", Required = true,
        Description = "目录中的期限键，如 penaltyDecision（立案后 90 日作出处罚决定）、service（7 个工作日送达）、payment（15 日缴纳罚款）、"
            + "penaltyDisclosure（7 个工作日公示）、licenceDecision（20 个工作日作出许可决定）等，见 docs/activities.md。")]
    public string Period { get; set; } = "";

    [Input("期限名称", Description = "写入 deadlines.<名称>；默认与期限键相同。")]
    public string? Name { get; set; }

    [Input("起算时间", Description = "ISO 8601 日期或日期时间，如立案日期、送达日期；默认为当前时间。")]
    public string? Start { get; set; }

    [Input("机构", Description = "使用该机构的地方日历；默认全国日历。")]
    public string? Organisation { get; set; }

    [Input("操作人")]
    public string? By { get; set; }

    [Output("到期时间", Description = "ISO 8601 日期时间（含时区）。")]
    public string DueDate { get; private set; } = "";

    [Output("期限天数")]
    public int PeriodDays { get; private set; }

    [Output("计算方式", Description = "WORKING 或 CALENDAR。")]
    public string PeriodUnit { get; private set; } = "";

    [Output("法律依据")]
    public string Statute { get; private set; } = "";

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var catalogue = new StatutoryPeriodCatalogue(options.CurrentValue);
        var key = Period.Trim();
        var period = catalogue.Find(key) ?? throw InvalidInput.Of(Type, "period", $"names no statutory period (got '{Period}'); known: {string.Join(", ", catalogue.All.Select(p => p.Key).Order(StringComparer.Ordinal))}");
        var name = string.IsNullOrWhiteSpace(Name) ? period.Key : Name;
        // Every period carries its statutory maximum (0 where the law allows no extension), so an extension beyond it is
        // refused naming the provision.
        var deadline = new NamedDeadlineStarter(calculator, clock, Type).Start(context, name, period.Days, period.Unit, Start, Organisation, By,
            endOfDay: true, maxExtensionDays: period.ExtensionDays);
        deadline["statute"] = period.Statute;
        deadline["label"] = period.Name;
        DueDate = DeadlineDocument.Text(deadline, "due")!;
        PeriodDays = period.Days;
        PeriodUnit = period.Unit;
        Statute = period.Statute;
        return ValueTask.CompletedTask;
    }
}
