namespace Bpm.Engine.Activities;

/// <summary>An input of an activity, bound from the variable named like the property in camelCase.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class InputAttribute(string displayName) : Attribute
{
    public string DisplayName { get; } = displayName;
    public string? Description { get; set; }
    public bool Required { get; set; }

    /// <summary>Default for the designer: a FEEL expression (<c>=amount</c>) or a static value (<c>3</c>, <c>info</c>).
    /// A static default is also applied at run time when the variable is missing.</summary>
    public string? DefaultValue { get; set; }
}
