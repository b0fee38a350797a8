using System.Text.Json;

namespace Bpm.Activities.Documents.Templates;

/// <summary>The document templates embedded from Templates/Definitions/*.json, found by type or by Chinese title.</summary>
public static class DocumentTemplateCatalog
{
    private const string ResourcePrefix = "Bpm.Activities.Documents.Templates.";
    private static readonly Lazy<IReadOnlyList<DocumentTemplate>> Loaded = new(Load);

    public static IReadOnlyList<DocumentTemplate> All => Loaded.Value;

    /// <summary>The template whose type (case-insensitive) or title is <paramref name="typeOrTitle"/>.</summary>
    public static DocumentTemplate? Find(string typeOrTitle)
    {
        var wanted = typeOrTitle.Trim();
        return All.FirstOrDefault(t => string.Equals(t.Type, wanted, StringComparison.OrdinalIgnoreCase) || t.Title == wanted);
    }

    private static IReadOnlyList<DocumentTemplate> Load()
    {
        var assembly = typeof(DocumentTemplateCatalog).Assembly;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };
        var templates = new List<DocumentTemplate>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var template = JsonSerializer.Deserialize<DocumentTemplate>(stream, options)
                ?? throw new InvalidOperationException($"document template {name} is empty");
            Validate(name, template);
            templates.Add(template);
        }
        return templates;
    }

    private static void Validate(string resource, DocumentTemplate template)
    {
        if (string.IsNullOrWhiteSpace(template.Type) || string.IsNullOrWhiteSpace(template.Title))
            throw new InvalidOperationException($"document template {resource} needs a type and a title");
        foreach (var block in template.Blocks)
        {
            if (!TemplateBlockKinds.All.Contains(block.Kind))
                throw new InvalidOperationException($"document template {resource}: unknown block kind '{block.Kind}'");
            var complete = block.Kind switch
            {
                TemplateBlockKinds.Table => block.Rows is { Count: > 0 } rows && rows.All(r => r.Count == 2),
                TemplateBlockKinds.Signature => block.Lines is { Count: > 0 },
                TemplateBlockKinds.List => !string.IsNullOrWhiteSpace(block.Items) && block.Columns is { Count: > 0 } columns
                    && columns.All(c => !string.IsNullOrWhiteSpace(c.Header) && c.Width > 0),
                _ => !string.IsNullOrEmpty(block.Text),
            };
            if (!complete) throw new InvalidOperationException($"document template {resource}: a '{block.Kind}' block lacks its content");
        }
    }
}
