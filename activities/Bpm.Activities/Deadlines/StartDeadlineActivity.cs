using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Bpm.Engine.Deadlines;

namespace Bpm.Activities.Deadlines;

/// <summary>Starts a named statutory period: sets <c>deadlines.&lt;name&gt;</c> (other names are kept) with its due date on the
/// business calendar, so models use <c>=deadlines.&lt;name&gt;.due</c> in task due dates and timers. Pause, resume and extend
/// are engine commands (API: <c>/api/process-instances/{key}/deadlines/{name}/…</c>).</summary>
[Activity("bpm:start-deadline", "启动法定期限", DeadlineActivities.Category, Mode = ActivityExecutionMode.Inline,
    Description = "按工作日或自然日计算法定期限的到期时间，写入流程变量 deadlines.<名称>，可暂停、恢复和延长。")]
public sealed class StartDeadlineActivity(DeadlineCalculator calculator, TimeProvider clock) : IActivity
{
    private const string Type = "bpm:start-deadline";

    [Input("名称", Required = true, Description = "期限名称，例如 decision；模型中用 deadlines.decision.due 引用到期时间。")]
    public string Name { get; set; } = "";

    [Input("天数", Required = true)]
    public int Days { get; set; }

    [Input("计算方式", Description = "WORKING（工作日，起算日不计入）或 CALENDAR（自然日，到期日遇节假日顺延）。", DefaultValue = DeadlineUnits.Working)]
    public string Unit { get; set; } = DeadlineUnits.Working;

    [Input("起算时间", Description = "ISO 8601 日期或日期时间；默认为当前时间（精确到秒）。")]
    public string? Start { get; set; }

    [Input("机构", Description = "使用该机构的地方日历；默认全国日历。")]
    public string? Organisation { get; set; }

    [Input("操作人")]
    public string? By { get; set; }

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var name = Name.Trim();
        if (name.Length == 0 || name.Contains('.'))
            throw new ActivityInputException(Type, "name", $"Activity '{Type}': input 'name' must be a non-empty name without dots (got '{Name}').");
        if (Days < 0)
            throw new ActivityInputException(Type, "days", $"Activity '{Type}': input 'days' must not be negative (got {Days}).");
        var unit = (Unit ?? DeadlineUnits.Working).Trim().ToUpperInvariant();
        if (!DeadlineUnits.IsKnown(unit))
            throw new ActivityInputException(Type, "unit", $"Activity '{Type}': input 'unit' must be WORKING or CALENDAR (got '{Unit}').");
        var zone = clock.LocalTimeZone;
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        // Whole seconds: a statutory period has no use for sub-second precision, and the due date then survives any store.
        var start = string.IsNullOrWhiteSpace(Start) ? now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)) : ParseStart(Start, zone);
        var organisation = string.IsNullOrWhiteSpace(Organisation) ? null : Organisation.Trim();
        var due = calculator.Due(start, Days, unit, organisation);

        var all = context.Variables.TryGetValue(DeadlineDocument.VariableName, out var existing) && existing is JsonObject current
            ? current.DeepClone().AsObject()
            : [];
        all[name] = DeadlineDocument.Create(name, start, Days, unit, organisation, due, now, By);
        context.SetVariable(DeadlineDocument.VariableName, all);
        return ValueTask.CompletedTask;
    }

    /// <summary>A date-time with an offset as given; without one it is local time of the engine's zone.</summary>
    private static DateTimeOffset ParseStart(string text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
            throw new ActivityInputException(Type, "start", $"Activity '{Type}': input 'start' is not an ISO 8601 date or date-time (got '{text}').");
        return parsed.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(parsed, zone.GetUtcOffset(parsed))
            : TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(text.Trim(), CultureInfo.InvariantCulture), zone);
    }
}
