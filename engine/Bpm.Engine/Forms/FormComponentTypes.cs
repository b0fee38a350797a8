namespace Bpm.Engine.Forms;

/// <summary>How form-js component types relate to submitted data.</summary>
internal static class FormComponentTypes
{
    /// <summary>Display only: they never carry a value, so they need no key and their keys are not fields.</summary>
    public static readonly IReadOnlySet<string> LayoutOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        "text", "html", "spacer", "separator", "image", "button", "iframe", "table", "documentPreview",
    };

    /// <summary>Hold other components: a group (values at its optional <c>path</c>, else at its own level) and a dynamic
    /// list (an array of objects at its <c>path</c>, one per row).</summary>
    public const string Group = "group";
    public const string DynamicList = "dynamiclist";

    public static bool IsContainer(string type) => type is Group or DynamicList;

    /// <summary>The validate rules form-js knows; anything else is a mistake in the form.</summary>
    public static readonly IReadOnlySet<string> ValidateRules = new HashSet<string>(StringComparer.Ordinal)
    {
        "required", "min", "max", "minLength", "maxLength", "pattern", "validationType",
    };

    public static readonly IReadOnlySet<string> ValidationTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "", "email", "phone", "custom",
    };

    /// <summary>Types whose value must be one of the component's options.</summary>
    public static bool HasOptions(string type) => type is "select" or "radio" or "checklist" or "taglist";
}
