using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Forms;

/// <summary>One value-carrying component of a form (or a dynamic list, whose <see cref="Rows"/> describe each row).</summary>
internal sealed class FormField
{
    public required string Key { get; init; }
    public required string Type { get; init; }
    public string? Id { get; init; }
    public string? Label { get; init; }
    /// <summary>The component's <c>validate</c> rules.</summary>
    public FormValidateRules Rules { get; init; } = new();
    public bool Required => Rules.Required;
    /// <summary>Static options (<c>values[].value</c>); null when the options are dynamic or absent.</summary>
    public IReadOnlyList<JsonNode?>? Options { get; init; }
    /// <summary>A variable holding the options (<c>valuesKey</c>).</summary>
    public string? OptionsVariable { get; init; }
    /// <summary>datetime: date, time or datetime.</summary>
    public string? Subtype { get; init; }
    /// <summary>number: the value may be sent as a numeric string.</summary>
    public bool SerializeToString { get; init; }
    public int? DecimalDigits { get; init; }
    /// <summary><c>conditional.hide</c> of the component and of the groups around it: when one is true the field is
    /// hidden, so form-js neither shows nor validates it.</summary>
    public IReadOnlyList<FeelExpression> HiddenWhen { get; init; } = [];
    public FormScope? Rows { get; init; }
    public int? Line { get; init; }
}
