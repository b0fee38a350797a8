namespace Bpm.Activities.Filing;

/// <summary>Shared names of the major-penalty filing (重大行政处罚备案) activities.</summary>
public static class FilingActivities
{
    public const string PayloadType = "bpm:major-penalty-filing-payload";
}
