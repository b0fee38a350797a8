using System.Text.Json;

namespace Bpm.Engine.Forms;

/// <summary>Line numbers of a form's components, in the order a depth-first walk of <c>components</c> visits them.
/// JsonDocument keeps no positions, so a reader pass records where every object starts and the same walk picks the
/// components out of them.</summary>
internal static class ComponentLines
{
    public static IReadOnlyList<int> Of(ReadOnlySpan<byte> json, JsonDocument document)
    {
        var objectLines = new List<int>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var line = 1;
        var scanned = 0;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.StartObject) continue;
            var start = (int)reader.TokenStartIndex;
            line += json[scanned..start].Count((byte)'\n');
            scanned = start;
            objectLines.Add(line);
        }
        var componentLines = new List<int>();
        var index = 0;
        Walk(document.RootElement, isComponent: false, isRoot: true, objectLines, componentLines, ref index);
        return componentLines;
    }

    private static void Walk(JsonElement element, bool isComponent, bool isRoot, List<int> objectLines, List<int> componentLines, ref int index)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Walk(item, isComponent, false, objectLines, componentLines, ref index);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        if (isComponent) componentLines.Add(index < objectLines.Count ? objectLines[index] : 0);
        index++;
        foreach (var property in element.EnumerateObject())
        {
            var childrenAreComponents = (isRoot || isComponent) && property.NameEquals("components") && property.Value.ValueKind == JsonValueKind.Array;
            Walk(property.Value, childrenAreComponents, false, objectLines, componentLines, ref index);
        }
    }
}
