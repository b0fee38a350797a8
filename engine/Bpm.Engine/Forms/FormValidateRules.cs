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
            Error(name, $"组件「{name}」的校验规则（validate）须为对象", line);
            return rules;
        }
        foreach (var rule in validate.EnumerateObject())
        {
            var value = rule.Value;
            switch (rule.Name)
            {
                case "required":
                    if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) rules.Required = value.GetBoolean();
                    else Error(name, $"组件「{name}」的 validate.required 须为 true 或 false", line);
                    break;
                case "min" or "max":
                    if (value.ValueKind == JsonValueKind.Number) { if (rule.Name == "min") rules.Min = value.GetDecimal(); else rules.Max = value.GetDecimal(); }
                    else if (value.ValueKind != JsonValueKind.Null) Error(name, $"组件「{name}」的 validate.{rule.Name} 须为数字", line);
                    break;
                case "minLength" or "maxLength":
                    if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var length) && length >= 0)
                    {
                        if (rule.Name == "minLength") rules.MinLength = length; else rules.MaxLength = length;
                    }
                    else if (value.ValueKind != JsonValueKind.Null) Error(name, $"组件「{name}」的 validate.{rule.Name} 须为不小于 0 的整数", line);
                    break;
                case "pattern":
                    rules.Pattern = ReadPattern(value, name, line, Error);
                    break;
                case "validationType":
                    var kind = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
                    if (kind is not null && FormComponentTypes.ValidationTypes.Contains(kind)) rules.ValidationType = kind.Length == 0 ? null : kind;
                    else if (value.ValueKind != JsonValueKind.Null)
                        Error(name, $"组件「{name}」的 validate.validationType 须为 email、phone 或 custom 之一", line);
                    break;
                default:
                    Error(name, $"组件「{name}」有未知的校验规则「{rule.Name}」（可用：{string.Join("、", FormComponentTypes.ValidateRules)}）", line);
                    break;
            }
        }
        if (rules.Min > rules.Max) Error(name, $"组件「{name}」的 validate.min 大于 validate.max", line);
        if (rules.MinLength > rules.MaxLength) Error(name, $"组件「{name}」的 validate.minLength 大于 validate.maxLength", line);
        return rules;
    }

    private static Regex? ReadPattern(JsonElement value, string name, int? line, Action<string?, string, int?> Error)
    {
        if (value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0)) return null;
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(name, $"组件「{name}」的 validate.pattern 须为字符串", line);
            return null;
        }
        try
        {
            return new Regex(value.GetString()!, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException)
        {
            Error(name, $"组件「{name}」的 validate.pattern「{value.GetString()}」不是有效的正则表达式", line);
            return null;
        }
    }
}
