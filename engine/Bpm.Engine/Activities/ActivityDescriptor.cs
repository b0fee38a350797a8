namespace Bpm.Engine.Activities;

/// <summary>Built once per activity class by reflection; drives execution, the descriptor API and the element templates.</summary>
public sealed record ActivityDescriptor(string Type, string DisplayName, string Category, string? Description, ActivityExecutionMode Mode,
    Type ImplementationType, IReadOnlyList<ActivityPropertyDescriptor> Inputs, IReadOnlyList<ActivityPropertyDescriptor> Outputs)
{
    /// <summary>Data URI or URL of the palette icon, if the activity has one.</summary>
    public string? Icon { get; init; }

    /// <summary>See <see cref="ActivityAttribute.ReadsOtherVariables"/>.</summary>
    public bool ReadsOtherVariables { get; init; }
}
