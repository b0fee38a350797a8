using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Bpm.Engine.Deadlines;

namespace Bpm.Activities.Deadlines;

/// <summary>Changes a running named deadline inside a model step (pause, resume) with the rules of the engine's deadline
/// commands (<see cref="DeadlineTransitions"/>), sets the changed <c>deadlines</c> variable and tells the engine, so the
/// timers and task due dates that read the deadline follow in the same step.</summary>
public sealed class NamedDeadlineChanger(Bpm.Engine.Time.BusinessClock clock, string activityType)
{
    /// <returns>The changed deadline document.</returns>
    public JsonObject Change(ActivityContext context, string name, Func<JsonObject, DateTimeOffset, JsonObject> transition)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0) throw InvalidInput.Of(activityType, "name", "is required");
        var all = context.Variables.TryGetValue(DeadlineDocument.VariableName, out var existing) && existing is JsonObject current
            ? current.DeepClone().AsObject()
            : null;
        if (all?[trimmed] is not JsonObject deadline)
            throw InvalidInput.Of(activityType, "name", $"names no started deadline (got '{trimmed}'; started: {Started(all)})");
        var now = clock.Now();
        var whole = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        try
        {
            transition(deadline, whole);
        }
        catch (InvalidOperationException ex)
        {
            throw InvalidInput.Of(activityType, "name", $"cannot be changed: {ex.Message}");
        }
        context.SetVariable(DeadlineDocument.VariableName, all);
        context.DeadlineChanged(trimmed);
        return deadline;
    }

    private static string Started(JsonObject? all) => all is null || all.Count == 0 ? "none" : string.Join(", ", all.Select(p => p.Key));
}
