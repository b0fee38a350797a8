namespace Bpm.Engine.Activities;

/// <summary>An input or output of an activity. Name is the variable name (camelCase of the property);
/// ValueKind is String, Number, Boolean, Date, Object or Array.</summary>
public sealed record ActivityPropertyDescriptor(string Name, string DisplayName, string? Description, string ValueKind, Type ClrType, bool Required)
{
    /// <summary>Inputs only: the designer default, a FEEL expression (<c>=x</c>) or a static value.</summary>
    public string? DefaultValue { get; init; }
}
