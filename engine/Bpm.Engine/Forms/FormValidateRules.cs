using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bpm.Engine.Forms;

/// <summary>A component's <c>validate</c> object. Unknown rules and badly typed values are errors of the form.</summary>
internal sealed class FormValidateRules
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(250);

    public bool Required { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public Regex? Pattern { get; set; }
    public string? ValidationType { get; set; }

    public static FormValidateRules Read(JsonElement component, string name, int? line, Action<string?, string, int?> Error)
    {
        var rules = new FormValidateRules();
        if (!component.TryGetProperty("validate", out var validate)) return rules;
        if (validate.ValueKind != JsonValueKind.Object)
        {
            Error(name, $"validate of component {name} must be an object", line);
            return rules;
        }
        foreach (var rule in validate.EnumerateObject())
        {
            var value = rule.Value;
            switch (rule.Name)
            {
                case "required":
                    if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) rules.Required = value.GetBoolean();
                    else Error(name, $"validate.required of component {name} must be true or false", line);
                    break;
                case "min" or "max":
                    if (value.ValueKind == JsonValueKind.Number) { if (rule.Name == "min") rules.Min = value.GetDecimal(); else rules.Max = value.GetDecimal(); }
                    else if (value.ValueKind != JsonValueKind.Null) Error(name, $"validate.{rule.Name} of component {name} must be a number", line);
                    break;
                case "minLength" or "maxLength":
                    if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var length) && length >= 0)
                    {
                        if (rule.Name == "minLength") rules.MinLength = length; else rules.MaxLength = length;
                    }
                    else if (value.ValueKind != JsonValueKind.Null) Error(name, $"validate.{rule.Name} of component {name} must be a whole number ≥ 0", line);
                    break;
                case "pattern":
                    rules.Pattern = ReadPattern(value, name, line, Error);
                    break;
                case "validationType":
                    var kind = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
                    if (kind is not null && FormComponentTypes.ValidationTypes.Contains(kind)) rules.ValidationType = kind.Length == 0 ? null : kind;
                    else if (value.ValueKind != JsonValueKind.Null)
                        Error(name, $"validate.validationType of component {name} must be one of email, phone, custom", line);
                    break;
                default:
                    Error(name, $"component {name} has an unknown validate rule '{rule.Name}' (known: {string.Join(", ", FormComponentTypes.ValidateRules)})", line);
                    break;
            }
        }
        if (rules.Min > rules.Max) Error(name, $"validate.min of component {name} is greater than validate.max", line);
        if (rules.MinLength > rules.MaxLength) Error(name, $"validate.minLength of component {name} is greater than validate.maxLength", line);
        return rules;
    }

    private static Regex? ReadPattern(JsonElement value, string name, int? line, Action<string?, string, int?> Error)
    {
        if (value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0)) return null;
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(name, $"validate.pattern of component {name} must be a string", line);
            return null;
        }
        try
        {
            return new Regex(value.GetString()!, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException ex)
        {
            Error(name, $"validate.pattern of component {name} is not a valid regular expression: {ex.Message}", line);
            return null;
        }
    }
}
