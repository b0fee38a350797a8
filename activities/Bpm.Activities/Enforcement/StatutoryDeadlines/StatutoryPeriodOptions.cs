namespace Bpm.Activities.Enforcement.StatutoryDeadlines;

/// <summary>Configuration section <c>Bpm:Enforcement:StatutoryPeriods</c>: period key → setting, e.g.
/// <c>Bpm:Enforcement:StatutoryPeriods:Periods:majorPenaltyFiling:Days = 10</c>.</summary>
public sealed class StatutoryPeriodOptions
{
    public const string Section = EnforcementActivities.ConfigurationSection + ":StatutoryPeriods";

    public Dictionary<string, StatutoryPeriodSetting> Periods { get; set; } = new(StringComparer.Ordinal);
}
