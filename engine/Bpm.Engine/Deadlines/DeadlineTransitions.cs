using System.Text.Json.Nodes;

namespace Bpm.Engine.Deadlines;

/// <summary>Pausing, resuming and extending a deadline document in place, with its history entry: the one set of rules behind the
/// engine's deadline commands and the in-step activities (bpm:pause-deadline, bpm:resume-deadline, bpm:extend-deadline).</summary>
public static class DeadlineTransitions
{
    /// <exception cref="InvalidOperationException">The deadline is paused already, or its document is malformed.</exception>
    public static JsonObject Pause(JsonObject deadline, DateTimeOffset now, string? by, string reason)
    {
        if (DeadlineDocument.Text(deadline, "state") == DeadlineStates.Paused)
            throw new InvalidOperationException($"期限「{DeadlineDocument.Label(deadline)}」已中止计算");
        if (DeadlineDocument.Text(deadline, "state") == DeadlineStates.Closed)
            throw new InvalidOperationException($"期限「{DeadlineDocument.Label(deadline)}」已结束");
        var due = Due(deadline);
        deadline["state"] = DeadlineStates.Paused;
        deadline["pausedSince"] = DeadlineDocument.Format(now);
        var entry = DeadlineDocument.Entry(DeadlineActions.Pause, now, by, reason, null, due, due);
        DeadlineDocument.AddHistory(deadline, entry);
        return entry;
    }

    /// <summary>The paused time does not count: the due date moves by the days paused (see <see cref="DeadlineCalculator"/>).</summary>
    /// <exception cref="InvalidOperationException">The deadline is not paused, or its document is malformed.</exception>
    public static JsonObject Resume(JsonObject deadline, DeadlineCalculator calculator, DateTimeOffset now, string? by, string? reason)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        if (DeadlineDocument.Text(deadline, "state") != DeadlineStates.Paused)
            throw new InvalidOperationException($"期限「{DeadlineDocument.Label(deadline)}」未中止计算");
        var due = Due(deadline);
        var pausedSince = Parse(deadline, "pausedSince");
        var resumed = calculator.Resumed(due, pausedSince, now, Unit(deadline), DeadlineDocument.Text(deadline, "organisation"));
        deadline["state"] = DeadlineStates.Running;
        deadline["pausedSince"] = null;
        deadline["due"] = DeadlineDocument.Format(resumed);
        var entry = DeadlineDocument.Entry(DeadlineActions.Resume, now, by, string.IsNullOrWhiteSpace(reason) ? null : reason, null, due, resumed);
        DeadlineDocument.AddHistory(deadline, entry);
        return entry;
    }

    /// <summary>The due date moves by <paramref name="days"/> in the deadline's own unit (working or calendar days). A paused
    /// deadline may be extended too: it stays paused, and the resume adds the paused days to the extended date.</summary>
    /// <exception cref="InvalidOperationException">The deadline's document is malformed.</exception>
    /// <exception cref="DeadlineExtensionLimitException">The extensions so far plus <paramref name="days"/> exceed the
    /// deadline's declared <c>maxExtensionDays</c>.</exception>
    public static JsonObject Extend(JsonObject deadline, DeadlineCalculator calculator, int days, DateTimeOffset now, string? by, string reason)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        RequireWithinMaximum(deadline, days);
        var due = Due(deadline);
        var extended = calculator.Extended(due, days, Unit(deadline), DeadlineDocument.Text(deadline, "organisation"));
        deadline["due"] = DeadlineDocument.Format(extended);
        var entry = DeadlineDocument.Entry(DeadlineActions.Extend, now, by, reason, days, due, extended);
        DeadlineDocument.AddHistory(deadline, entry);
        return entry;
    }

    /// <summary>The case ended: every deadline not closed yet is closed (state CLOSED, <c>closedAt</c>, a CLOSE entry with the
    /// reason). Null when there is nothing to close; otherwise a changed copy of <paramref name="all"/>.</summary>
    public static JsonObject? CloseAll(JsonNode? all, DateTimeOffset now, string reason)
    {
        if (all is not JsonObject deadlines) return null;
        var copy = deadlines.DeepClone().AsObject();
        var closed = 0;
        foreach (var (_, value) in copy)
        {
            if (value is not JsonObject deadline || DeadlineDocument.Text(deadline, "state") == DeadlineStates.Closed) continue;
            var due = deadline["due"] is JsonValue ? Due(deadline) : now;
            deadline["state"] = DeadlineStates.Closed;
            deadline["closedAt"] = DeadlineDocument.Format(now);
            DeadlineDocument.AddHistory(deadline, DeadlineDocument.Entry(DeadlineActions.Close, now, null, reason, null, due, due));
            closed++;
        }
        return closed == 0 ? null : copy;
    }

    /// <summary>The days a deadline was extended by so far (its EXTEND history entries).</summary>
    public static int ExtendedDays(JsonObject deadline) =>
        (deadline["history"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(e => DeadlineDocument.Text(e, "action") == DeadlineActions.Extend)
            .Sum(e => e["days"] is JsonValue v && v.TryGetValue<int>(out var d) ? d : 0);

    /// <summary>The text naming the rule when a deadline declares no maximum of its own.</summary>
    public const string DefaultMaximumBasis = "该期限未声明可延长上限，按默认规则：延长合计不超过原期限";

    private static void RequireWithinMaximum(JsonObject deadline, int days)
    {
        // A deadline that declares no maximum is not unbounded: all its extensions together may not exceed its own length,
        // so no route (a head's 延期, the deadline API) can push a period out by years.
        var declared = deadline["maxExtensionDays"] is JsonValue value && value.TryGetValue<int>(out var stated) ? stated : (int?)null;
        var maximum = declared ?? (deadline["days"] is JsonValue length && length.TryGetValue<int>(out var own) ? own : 0);
        var already = ExtendedDays(deadline);
        if (already + days > maximum)
            throw new DeadlineExtensionLimitException(DeadlineDocument.Label(deadline), maximum, already, days,
                declared is null ? DefaultMaximumBasis : DeadlineDocument.Text(deadline, "extensionBasis") ?? DeadlineDocument.Text(deadline, "statute"));
    }

    public static string Unit(JsonObject deadline) =>
        DeadlineDocument.Text(deadline, "unit") == DeadlineUnits.Calendar ? DeadlineUnits.Calendar : DeadlineUnits.Working;

    private static DateTimeOffset Due(JsonObject deadline) => Parse(deadline, "due");

    private static DateTimeOffset Parse(JsonObject deadline, string field)
    {
        try
        {
            return DeadlineDocument.Parse(deadline, field);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException(ex.Message, ex);
        }
    }
}
