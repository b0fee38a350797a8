using System.Text.Json.Nodes;
using Bpm.Activities.Enforcement;
using Bpm.Engine.Activities;
using Bpm.Engine.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace Bpm.Server.Discretion.Annual;

/// <summary>Records, after the 行政执法统计年报 is submitted, every system figure the supervisor changed: the field, the
/// prefilled value, the reported value, and who set it when (the instance history's last VARIABLE_SET of that field, whose
/// actor the engine recorded from the task completion). Also written to the case journal.</summary>
[Activity(Type, "年报统计数修改留痕", EnforcementActivities.Category,
    Description = "比对系统预填的统计数与报送的统计数，记录被修改的项目、原值、新值、修改人和时间。")]
public sealed class AnnualFigureChangesActivity : IActivity
{
    private const string Type = "bpm:annual-figure-changes";

    [Input("系统统计数", Required = true, DefaultValue = "=systemFigures")]
    public JsonObject SystemFigures { get; set; } = [];

    [Input("报送的统计数", Required = true, Description = "上下文，如 {penaltyCount: penaltyCount}；只比对系统统计数中也有的项目。")]
    public JsonObject Reported { get; set; } = [];

    [Output("统计数修改记录", Description = "列表 [{field, systemValue, reportedValue, by, at}]。")]
    public List<FigureChange> FigureChanges { get; private set; } = [];

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var history = await context.Services.GetRequiredService<IEngineQueries>()
            .GetHistoryAsync(context.Invocation.ProcessInstanceKey, cancellationToken) ?? [];
        foreach (var (field, reported) in Reported)
        {
            if (!SystemFigures.ContainsKey(field)) continue;
            var before = Number(SystemFigures[field]);
            var after = Number(reported);
            if (before == after) continue;
            var set = history.LastOrDefault(h => h.Event == "VARIABLE_SET" && h.Name == field && h.By is not null);
            FigureChanges.Add(new FigureChange(field, before, after, set?.By, set?.At));
            context.Log($"统计年报「{field}」由系统统计数 {before} 改为 {after}（{set?.By ?? "未知"}）");
        }
    }

    private static decimal? Number(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;
}
