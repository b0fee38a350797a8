using System.Globalization;
using System.Text.Json.Nodes;

namespace Bpm.Engine.Deadlines;

/// <summary>A named deadline as it lives in the process variable <c>deadlines</c> (one member per name), so models read it in
/// FEEL, e.g. <c>=deadlines.decision.due</c>. Fields: name, start, days, unit, organisation, due, state, pausedSince and
/// history (START / PAUSE / RESUME / EXTEND entries with at, by, reason, days, dueBefore, dueAfter).</summary>
public static class DeadlineDocument
{
    public const string VariableName = "deadlines";

    /// <summary>ISO 8601 with the offset, seconds always and fractions only when present.</summary>
    public static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(JsonObject deadline, string field) =>
        deadline[field] is JsonValue value && value.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new FormatException($"期限「{Label(deadline)}」缺少有效的 {field}");

    public static string? Text(JsonObject deadline, string field) =>
        deadline[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static JsonObject Create(string name, DateTimeOffset start, int days, string unit, string? organisation, DateTimeOffset due,
        DateTimeOffset at, string? by) => new()
    {
        ["name"] = name,
        ["start"] = Format(start),
        ["days"] = days,
        ["unit"] = unit,
        ["organisation"] = organisation,
        ["due"] = Format(due),
        ["state"] = DeadlineStates.Running,
        ["pausedSince"] = null,
        ["history"] = new JsonArray(Entry(DeadlineActions.Start, at, by, null, days, null, due)),
    };

    public static JsonObject Entry(string action, DateTimeOffset at, string? by, string? reason, int? days, DateTimeOffset? dueBefore, DateTimeOffset dueAfter)
    {
        var entry = new JsonObject { ["action"] = action, ["at"] = Format(at), ["by"] = by, ["reason"] = reason };
        if (days is { } d) entry["days"] = d;
        entry["dueBefore"] = dueBefore is { } before ? Format(before) : null;
        entry["dueAfter"] = Format(dueAfter);
        return entry;
    }

    /// <summary>Appends a history entry, creating the array if the document has none.</summary>
    public static void AddHistory(JsonObject deadline, JsonObject entry)
    {
        if (deadline["history"] is not JsonArray history)
        {
            history = [];
            deadline["history"] = history;
        }
        history.Add(entry);
    }

    /// <summary>What a person reads for the deadline: its Chinese <c>label</c> when the declaration gives one, else its name.</summary>
    public static string Label(JsonObject deadline) => Text(deadline, "label") ?? Text(deadline, "name") ?? "?";
}
