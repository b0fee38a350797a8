namespace Bpm.Activities.Enforcement.StatutoryDeadlines;

/// <summary>A configured period: overrides the fields it sets of the built-in period with the same key, or adds a new
/// period (then Days, Unit and Statute are required).</summary>
public sealed class StatutoryPeriodSetting
{
    public string? Name { get; set; }
    public int? Days { get; set; }
    public string? Unit { get; set; }
    public string? Statute { get; set; }
    public int? ExtensionDays { get; set; }
}
