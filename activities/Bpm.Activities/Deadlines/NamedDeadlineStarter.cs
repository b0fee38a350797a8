using System.Globalization;
using System.Text.Json.Nodes;
using Bpm.Engine.Activities;
using Bpm.Engine.Deadlines;
using Bpm.Engine.Time;

namespace Bpm.Activities.Deadlines;

/// <summary>Starts a named statutory period for an activity: checks the inputs (errors name the activity and the input),
/// computes the due date on the business calendar and sets <c>deadlines.&lt;name&gt;</c> (other names are kept), the
/// document the engine's pause, resume and extension commands work on.</summary>
public sealed class NamedDeadlineStarter(DeadlineCalculator calculator, Bpm.Engine.Time.BusinessClock clock, string activityType)
{
    /// <returns>The deadline document that was set.</returns>
    /// <param name="maxExtensionDays">The statutory maximum of all extensions together (extensions beyond it are refused, naming
    /// <paramref name="extensionBasis"/>); null: not bounded.</param>
    public JsonObject Start(ActivityContext context, string name, int days, string? unit, string? start, string? organisation, string? by,
        bool endOfDay = false, int? maxExtensionDays = null, string? extensionBasis = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0 || trimmed.Contains('.'))
            throw InvalidInput.Of(activityType, "name", $"must be a non-empty name without dots (got '{name}')");
        if (days < 0)
            throw InvalidInput.Of(activityType, "days", $"must not be negative (got {days})");
        if (maxExtensionDays < 0)
            throw InvalidInput.Of(activityType, "maxExtensionDays", $"must not be negative (got {maxExtensionDays})");
        var normalisedUnit = (unit ?? DeadlineUnits.Working).Trim().ToUpperInvariant();
        if (!DeadlineUnits.IsKnown(normalisedUnit))
            throw InvalidInput.Of(activityType, "unit", $"must be WORKING or CALENDAR (got '{unit}')");
        var zone = clock.Zone;
        var now = clock.Now();
        // Whole seconds: a statutory period has no use for sub-second precision, and the due date then survives any store.
        var from = string.IsNullOrWhiteSpace(start) ? now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)) : ParseStart(start, zone);
        var unitOrganisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
        var due = calculator.Due(from, days, normalisedUnit, unitOrganisation);
        // A statutory period ends at 24:00 of its last day, Beijing time (民法典 第二百零三条): the last second of that day.
        if (endOfDay) due = new DateTimeOffset(ChinaTime.DateOf(due).ToDateTime(new TimeOnly(23, 59, 59)), ChinaTime.Offset);

        var all = context.Variables.TryGetValue(DeadlineDocument.VariableName, out var existing) && existing is JsonObject current
            ? current.DeepClone().AsObject()
            : [];
        var document = DeadlineDocument.Create(trimmed, from, days, normalisedUnit, unitOrganisation, due, now, by);
        if (maxExtensionDays is { } maximum) document["maxExtensionDays"] = maximum;
        if (!string.IsNullOrWhiteSpace(extensionBasis)) document["extensionBasis"] = extensionBasis.Trim();
        all[trimmed] = document;
        context.SetVariable(DeadlineDocument.VariableName, all);
        return document;
    }

    /// <summary>A date-time with an offset as given; without one it is local time of the engine's zone.</summary>
    private DateTimeOffset ParseStart(string text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
            throw InvalidInput.Of(activityType, "start", $"is not an ISO 8601 date or date-time (got '{text}')");
        return parsed.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(parsed, zone.GetUtcOffset(parsed))
            : TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(text.Trim(), CultureInfo.InvariantCulture), zone);
    }

}
