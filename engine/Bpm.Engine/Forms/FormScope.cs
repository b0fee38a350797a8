namespace Bpm.Engine.Forms;

/// <summary>One level of the submitted object: the fields at this level and the nested objects (a group's path or a
/// dotted key) below it.</summary>
internal sealed class FormScope
{
    public Dictionary<string, FormField> Fields { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, FormScope> Scopes { get; } = new(StringComparer.Ordinal);
}
