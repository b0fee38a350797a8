namespace Bpm.Activities.Documents.Templates;

/// <summary>A document template (a JSON file in Templates/Definitions): the title, what identifies the document and its blocks.</summary>
public sealed record DocumentTemplate
{
    /// <summary>The document type, a FEEL-friendly name: <c>documents.&lt;type&gt;</c> holds the generated file.</summary>
    public string Type { get; init; } = "";

    /// <summary>The document's Chinese name, e.g. 行政处罚决定书; also accepted as the type.</summary>
    public string Title { get; init; } = "";

    /// <summary>A placeholder text for the document's number (文号), used in the file name and the PDF subject.</summary>
    public string? Number { get; init; }

    public IReadOnlyList<TemplateBlock> Blocks { get; init; } = [];
}
