namespace Bpm.Engine.Activities;

/// <summary>Marks an <see cref="IActivity"/> class as a custom activity. <paramref name="type"/> is the job type
/// (<c>zeebe:taskDefinition type</c>) that a service task uses to reach it, e.g. <c>bpm:log</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type, string displayName, string category) : Attribute
{
    public string Type { get; } = type;
    public string DisplayName { get; } = displayName;
    public string Category { get; } = category;
    public string? Description { get; set; }
    public ActivityExecutionMode Mode { get; set; } = ActivityExecutionMode.Job;

    /// <summary>The activity also reads the task's other variables (input mappings beyond its declared inputs, e.g. the
    /// fields a document fills), so the designer shows every input mapping beside the template's fields.</summary>
    public bool ReadsOtherVariables { get; set; }

    /// <summary>Data URI or URL of an icon for the designer's palette.</summary>
    public string? Icon { get; set; }
}
