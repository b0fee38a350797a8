using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Forms;

/// <summary>Checks submitted variables against a form: required fields present and not empty, each value of its
/// component's type and within its rules, and nothing the form does not have. Every problem is reported.</summary>
internal static class FormValidator
{
    public static IReadOnlyList<FormFieldError> Validate(FormSchema schema, JsonObject submitted, IReadOnlyDictionary<string, JsonNode?> visible)
    {
        var errors = new List<FormFieldError>();
        Scope(schema.Root, submitted, "", new FormFeelContext([submitted], visible), visible, errors);
        return errors;
    }

    private static void Scope(FormScope scope, JsonObject data, string prefix, FormFeelContext feel,
        IReadOnlyDictionary<string, JsonNode?> visible, List<FormFieldError> errors)
    {
        foreach (var (name, field) in scope.Fields)
        {
            if (IsHidden(field, feel)) continue;
            var present = data.TryGetPropertyValue(name, out var value);
            Field(field, present ? value : null, prefix + name, feel, visible, errors);
        }
        foreach (var (name, nested) in scope.Scopes)
        {
            data.TryGetPropertyValue(name, out var value);
            if (value is null) Scope(nested, [], prefix + name + ".", feel, visible, errors);
            else if (value is JsonObject child) Scope(nested, child, prefix + name + ".", feel, visible, errors);
            else errors.Add(new FormFieldError(prefix + name, "须为对象"));
        }
        foreach (var (name, _) in data)
            if (!scope.Fields.ContainsKey(name) && !scope.Scopes.ContainsKey(name))
                errors.Add(new FormFieldError(prefix + name, "不是该表单的字段"));
    }

    private static void Field(FormField field, JsonNode? value, string path, FormFeelContext feel,
        IReadOnlyDictionary<string, JsonNode?> visible, List<FormFieldError> errors)
    {
        if (IsEmpty(field, value))
        {
            if (field.Required) errors.Add(new FormFieldError(path, $"为必填项{Label(field)}"));
            return;
        }
        if (field.Rows is { } rows)
        {
            Rows(rows, value!, path, feel, visible, errors);
            return;
        }
        if (FormValueRules.Check(field, value!, OptionsOf(field, visible)) is { } problem)
            errors.Add(new FormFieldError(path, problem + Label(field)));
    }

    private static void Rows(FormScope rows, JsonNode value, string path, FormFeelContext feel,
        IReadOnlyDictionary<string, JsonNode?> visible, List<FormFieldError> errors)
    {
        if (value is not JsonArray items)
        {
            errors.Add(new FormFieldError(path, "须为行的列表"));
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is JsonObject row) Scope(rows, row, $"{path}[{i}].", feel.WithRow(row), visible, errors);
            else errors.Add(new FormFieldError($"{path}[{i}]", "须为对象（一行）"));
        }
    }

    private static bool IsEmpty(FormField field, JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject => false,
        _ => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>().Length == 0,
            JsonValueKind.False => field.Type == "checkbox" && field.Required,
            _ => false,
        },
    };

    private static bool IsHidden(FormField field, IFeelContext feel)
    {
        foreach (var hide in field.HiddenWhen)
        {
            try
            {
                if (hide.Evaluate(feel) is true) return true;
            }
            catch (FeelEvaluationException)
            {
                // form-js shows a field whose condition fails to evaluate; so do we.
            }
        }
        return false;
    }

    /// <summary>Static options, else the options held by the <c>valuesKey</c> variable ({label, value} objects or plain values).</summary>
    private static IReadOnlyList<JsonNode?>? OptionsOf(FormField field, IReadOnlyDictionary<string, JsonNode?> visible)
    {
        if (field.Options is not null || field.OptionsVariable is null) return field.Options;
        if (!visible.TryGetValue(field.OptionsVariable, out var variable) || variable is not JsonArray options) return null;
        return options.Select(o => o is JsonObject obj && obj.TryGetPropertyValue("value", out var v) ? v : o).ToList();
    }

    private static string Label(FormField field) => field.Label is { } label ? $"（{label}）" : "";
}
