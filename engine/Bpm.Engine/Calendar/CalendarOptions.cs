namespace Bpm.Engine.Calendar;

/// <summary>Configuration section <c>Bpm:Calendar</c>.</summary>
public sealed class CalendarOptions
{
    /// <summary>How often a node looks for calendar edits made on other nodes (an edit on this node applies at once).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
