using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bpm.Engine.Expressions;
using Bpm.Engine.Parsing;

namespace Bpm.Engine.Forms;

/// <summary>Reads a form-js schema (<c>.form</c> resource) into the shape its submissions must have. Every problem is
/// reported with the resource name, the component (key, else id) and its line.</summary>
internal sealed class FormSchemaParser(FeelEngine feel)
{
    public const string ElementType = "form";

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public FormParseResult Parse(string resourceName, byte[] content)
    {
        var json = content.AsSpan();
        if (json.StartsWith(Encoding.UTF8.Preamble)) json = json[Encoding.UTF8.Preamble.Length..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var near = line is null ? "" : $"（第 {line} 行附近）";
            return Failed(new ValidationError(null, $"「{resourceName}」不是有效的 JSON{near}", line, ElementType, resourceName));
        }
        using (document)
        {
            var walk = new FormComponentWalk(resourceName, ComponentLines.Of(json, document), feel);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Failed(new ValidationError(null, $"「{resourceName}」须为 JSON 对象（form-js 表单定义）", 1, ElementType, resourceName));
            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            if (string.IsNullOrWhiteSpace(id))
                walk.Error(null, $"表单「{resourceName}」没有 id（须为非空字符串）", 1);
            var scope = new FormScope();
            if (root.TryGetProperty("components", out var components))
                walk.Components(components, scope, [], "components");
            if (walk.Errors.Count > 0 || id is null) return new FormParseResult(null, walk.Errors, id);
            return new FormParseResult(new FormSchema(id, scope), []);
        }
    }

    private static FormParseResult Failed(ValidationError error) => new(null, [error]);
}
