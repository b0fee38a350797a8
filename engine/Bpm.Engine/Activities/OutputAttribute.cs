namespace Bpm.Engine.Activities;

/// <summary>An output of an activity; after execution its value becomes the variable named like the property in camelCase.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class OutputAttribute(string displayName) : Attribute
{
    public string DisplayName { get; } = displayName;
    public string? Description { get; set; }
}
