using System.Text.Json.Nodes;

namespace Bpm.Activities.Documents.Templates;

/// <summary>Turns a template and case data into the blocks to draw: conditional blocks dropped, placeholders filled.</summary>
public static class DocumentFiller
{
    public static IReadOnlyList<TemplateBlock> Fill(DocumentTemplate template, JsonObject data, ISet<string> missing) =>
        template.Blocks
            .Where(b => b.When is null || TemplateText.HasValue(TemplateText.Resolve(data, b.When)))
            .Select(b => b with
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
}
