namespace Bpm.Activities.Disclosure;

/// <summary>Shared names of the disclosure (公示) activities.</summary>
public static class DisclosureActivities
{
    public const string Category = "公示与备案";
    public const string EntryType = "bpm:disclosure-entry";
}
