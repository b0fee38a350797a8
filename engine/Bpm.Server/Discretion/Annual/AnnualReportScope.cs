using Bpm.Activities;

namespace Bpm.Server.Discretion.Annual;

/// <summary>The year and the unit an annual report's prefill counts: the year checked, the unit trimmed (null: every unit).</summary>
public static class AnnualReportScope
{
    public static string? Unit(string activityType, int year, string? organisationId)
    {
        if (year is < 2000 or > 9999) throw InvalidInput.Of(activityType, "year", $"must be a year (got {year})");
        return string.IsNullOrWhiteSpace(organisationId) ? null : organisationId.Trim();
    }
}
