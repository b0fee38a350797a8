using System.Text.Json.Nodes;

namespace Bpm.Activities.Documents.Templates;

/// <summary>Turns a template and case data into the blocks to draw: conditional blocks dropped, placeholders filled, list
/// blocks expanded to a header row and one row per item.</summary>
public static class DocumentFiller
{
    public static IReadOnlyList<TemplateBlock> Fill(DocumentTemplate template, JsonObject data, ISet<string> missing) =>
        template.Blocks
            .Where(b => b.When is null || TemplateText.HasValue(TemplateText.Resolve(data, b.When)))
            .Select(b => b.Kind == TemplateBlockKinds.List ? FillList(b, data, missing) : b with
            {
                Text = b.Text is null ? null : TemplateText.Fill(b.Text, data, missing),
                Rows = b.Rows?.Select(r => (IReadOnlyList<string>)r.Select(cell => TemplateText.Fill(cell, data, missing)).ToList()).ToList(),
                Lines = b.Lines?.Select(l => TemplateText.Fill(l, data, missing)).ToList(),
            })
            .ToList();

    /// <summary>行政处罚决定书-郑市监罚字〔2025〕15号.pdf; characters that file systems reject become '_'.</summary>
    public static string FileName(DocumentTemplate template, string? number)
    {
        var name = string.IsNullOrWhiteSpace(number) ? template.Title : $"{template.Title}-{number.Trim()}";
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray()) + ".pdf";
    }

    /// <summary>Each item is filled in a scope of its own, <c>{index, item}</c>; a value an item lacks is reported as
    /// <c>items[i].path</c>, an absent or empty array as the array's path.</summary>
    private static TemplateBlock FillList(TemplateBlock block, JsonObject data, ISet<string> missing)
    {
        var columns = block.Columns!;
        var items = TemplateText.Resolve(data, block.Items!) as JsonArray ?? [];
        if (items.Count == 0) missing.Add(block.Items!);
        var rows = new List<IReadOnlyList<string>> { columns.Select(c => c.Header).ToList() };
        for (var i = 0; i < items.Count; i++)
        {
            var scope = new JsonObject { ["index"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ["item"] = items[i]?.DeepClone() };
            var lacking = new SortedSet<string>(StringComparer.Ordinal);
            rows.Add(columns.Select(c => TemplateText.Fill(c.Text, scope, lacking)).ToList());
            foreach (var path in lacking) missing.Add($"{block.Items}[{i}].{(path.StartsWith("item.", StringComparison.Ordinal) ? path[5..] : path)}");
        }
        return block with { Rows = rows };
    }
}
