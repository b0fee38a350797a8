namespace Bpm.Activities.Enforcement;

/// <summary>Shared names of the enforcement activities.</summary>
public static class EnforcementActivities
{
    public const string Category = "执法业务";

    /// <summary>The configuration section under which the enforcement activities' options live.</summary>
    public const string ConfigurationSection = "Bpm:Enforcement";
}
