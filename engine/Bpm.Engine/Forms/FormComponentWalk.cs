using System.Text.Json;
using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Forms;

/// <summary>One walk over a form's components (nested groups and dynamic lists included), building the shape of the
/// data the form submits and collecting every problem.</summary>
internal sealed class FormComponentWalk(string resourceName, IReadOnlyList<int> lines, FeelEngine feel)
{
    private int _index;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public List<ValidationError> Errors { get; } = [];

    public void Error(string? component, string message, int? line) =>
        Errors.Add(new ValidationError(component, message, line, FormSchemaParser.ElementType, resourceName));

    public void Components(JsonElement components, FormScope scope, IReadOnlyList<FeelExpression> hiddenWhen, string where)
    {
        if (components.ValueKind != JsonValueKind.Array)
        {
            Error(null, $"{where} 须为组件的数组", null);
            return;
        }
        var position = 0;
        foreach (var component in components.EnumerateArray())
        {
            var label = $"{where}[{position++}]";
            if (component.ValueKind != JsonValueKind.Object)
            {
                Error(null, $"{label} 不是组件（须为 JSON 对象）", null);
                continue;
            }
            var line = _index < lines.Count ? lines[_index] : (int?)null;
            _index++;
            Component(component, scope, hiddenWhen, label, line);
        }
    }

    private void Component(JsonElement component, FormScope scope, IReadOnlyList<FeelExpression> hiddenWhen, string label, int? line)
    {
        var type = Text(component, "type");
        var key = Text(component, "key");
        var id = Text(component, "id");
        var path = Text(component, "path");
        var name = key ?? path ?? id ?? label;
        if (id is not null && !_ids.Add(id)) Error(name, $"组件 id「{id}」被使用了不止一次", line);
        if (string.IsNullOrEmpty(type))
        {
            Error(name, $"组件「{name}」没有类型（type）", line);
            return;
        }
        var hidden = Hidden(component, hiddenWhen, name, line);
        var children = component.TryGetProperty("components", out var nested) ? nested : (JsonElement?)null;
        if (type == FormComponentTypes.DynamicList)
        {
            if (path is null) Error(name, $"动态列表「{name}」须有路径（path，即保存各行的变量）", line);
            var rows = new FormScope();
            if (children is { } rowComponents) Components(rowComponents, rows, [], $"{name}.components");
            if (path is not null)
                Place(scope, path, new FormField { Key = path, Type = type, Id = id, Label = Text(component, "label"), Rows = rows, HiddenWhen = hidden, Line = line,
                    Rules = FormValidateRules.Read(component, name, line, Error) }, name, line);
            return;
        }
        if (children is { } groupComponents || FormComponentTypes.IsContainer(type))
        {
            var target = path is null ? scope : ScopeAt(scope, path, name, line);
            if (children is { } c && target is not null) Components(c, target, hidden, $"{name}.components");
            return;
        }
        if (FormComponentTypes.LayoutOnly.Contains(type)) return;
        if (string.IsNullOrWhiteSpace(key))
        {
            Error(name, $"{type} 组件「{name}」须有键（key，即它编辑的变量）", line);
            return;
        }
        var rules = FormValidateRules.Read(component, name, line, Error);
        Place(scope, key, new FormField
        {
            Key = key, Type = type, Id = id, Label = Text(component, "label"), Line = line, HiddenWhen = hidden,
            Rules = rules,
            Options = Options(component, name, line), OptionsVariable = Text(component, "valuesKey"),
            Subtype = type == "datetime" ? Subtype(component, name, line) : null,
            SerializeToString = component.TryGetProperty("serializeToString", out var s) && s.ValueKind == JsonValueKind.True,
            DecimalDigits = component.TryGetProperty("decimalDigits", out var d) && d.TryGetInt32(out var digits) ? digits : null,
        }, name, line);
    }

    private IReadOnlyList<FeelExpression> Hidden(JsonElement component, IReadOnlyList<FeelExpression> outer, string name, int? line)
    {
        if (!component.TryGetProperty("conditional", out var conditional) || conditional.ValueKind != JsonValueKind.Object
            || !conditional.TryGetProperty("hide", out var hide) || hide.ValueKind != JsonValueKind.String)
            return outer;
        try
        {
            return [.. outer, feel.ParseExpression(hide.GetString()!)];
        }
        catch (FeelSyntaxException ex)
        {
            Error(name, $"组件「{name}」的隐藏条件（conditional.hide）不是有效的 FEEL：{ex.Message}", line);
            return outer;
        }
    }

    /// <summary>Puts a field at its (possibly dotted) key below <paramref name="scope"/>.</summary>
    private void Place(FormScope scope, string key, FormField field, string name, int? line)
    {
        var dot = key.LastIndexOf('.');
        var target = dot < 0 ? scope : ScopeAt(scope, key[..dot], name, line);
        var last = key[(dot + 1)..];
        if (target is null) return;
        if (last.Length == 0) Error(name, $"组件「{name}」的键「{key}」中有空的部分", line);
        else if (target.Fields.ContainsKey(last)) Error(name, $"键「{key}」被不止一个组件使用", line);
        else if (target.Scopes.ContainsKey(last)) Error(name, $"键「{key}」既是字段又是字段组", line);
        else target.Fields.Add(last, field);
    }

    private FormScope? ScopeAt(FormScope scope, string path, string name, int? line)
    {
        foreach (var part in path.Split('.'))
        {
            if (part.Length == 0)
            {
                Error(name, $"组件「{name}」的路径「{path}」中有空的部分", line);
                return null;
            }
            if (scope.Fields.ContainsKey(part))
            {
                Error(name, $"组件「{name}」的路径「{path}」既是字段又是字段组", line);
                return null;
            }
            if (!scope.Scopes.TryGetValue(part, out var next)) scope.Scopes.Add(part, next = new FormScope());
            scope = next;
        }
        return scope;
    }

    private List<JsonNode?>? Options(JsonElement component, string name, int? line)
    {
        if (!component.TryGetProperty("values", out var values)) return null;
        if (values.ValueKind != JsonValueKind.Array)
        {
            Error(name, $"组件「{name}」的选项（values）须为 {{label, value}} 的数组", line);
            return null;
        }
        var options = new List<JsonNode?>();
        foreach (var option in values.EnumerateArray())
        {
            if (option.ValueKind == JsonValueKind.Object && option.TryGetProperty("value", out var value)) options.Add(JsonNode.Parse(value.GetRawText()));
            else Error(name, $"组件「{name}」的选项（values）须为 {{label, value}} 的数组", line);
        }
        return options;
    }

    private string Subtype(JsonElement component, string name, int? line)
    {
        var subtype = Text(component, "subtype") ?? "date";
        if (subtype is "date" or "time" or "datetime") return subtype;
        Error(name, $"日期时间组件「{name}」的子类型「{subtype}」未知（可用 date、time 或 datetime）", line);
        return "date";
    }

    private static string? Text(JsonElement component, string property) =>
        component.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
