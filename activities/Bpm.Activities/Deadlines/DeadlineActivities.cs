namespace Bpm.Activities.Deadlines;

/// <summary>Shared names of the statutory-period activities.</summary>
public static class DeadlineActivities
{
    public const string Category = "期限";
}
