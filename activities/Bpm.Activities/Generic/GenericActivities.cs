namespace Bpm.Activities.Generic;

/// <summary>Shared names of the generic activities.</summary>
public static class GenericActivities
{
    public const string Category = "通用";
}
