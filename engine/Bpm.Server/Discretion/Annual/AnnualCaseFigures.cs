namespace Bpm.Server.Discretion.Annual;

/// <summary>The figures of the 行政执法统计年报 besides the penalties, for one unit (and the units below it) and one year,
/// counted from the engine's stored tasks and cases (<see cref="AnnualCaseFiguresQuery"/> says exactly what each counts).</summary>
public sealed record AnnualCaseFigures(int Year, string? OrganisationId, int LicensingCount, int InspectionCount, int HearingCount,
    int LegalReviewCount, int CollectiveDiscussionCount)
{
    /// <summary>The report form's fields these figures prefill (and whose changes are recorded).</summary>
    public static readonly IReadOnlyList<string> FormFields =
        ["licensingCount", "inspectionCount", "hearingCount", "legalReviewCount", "collectiveDiscussionCount"];
}
