using Bpm.Engine.Activities;

namespace Bpm.Server.Endpoints;

/// <summary>An activity input or output without its CLR type.</summary>
public sealed record ActivityPropertyResponse(string Name, string DisplayName, string? Description, string ValueKind, bool Required)
{
    public static ActivityPropertyResponse From(ActivityPropertyDescriptor property) =>
        new(property.Name, property.DisplayName, property.Description, property.ValueKind, property.Required);
}
