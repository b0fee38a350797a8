namespace Bpm.Activities.Documents.Templates;

/// <summary>One block of a document template. Texts hold placeholders (see <see cref="TemplateText"/>).</summary>
public sealed record TemplateBlock
{
    /// <summary><see cref="TemplateBlockKinds"/>.</summary>
    public string Kind { get; init; } = TemplateBlockKinds.Paragraph;

    public string? Text { get; init; }

    /// <summary>Table rows: label and value.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }

    /// <summary>Signature lines, right-aligned.</summary>
    public IReadOnlyList<string>? Lines { get; init; }

    /// <summary>Paragraphs: indent the first line by two characters (default true).</summary>
    public bool Indent { get; init; } = true;

    /// <summary>A data path: the block is printed only when it holds a value other than null, false, "" or [].</summary>
    public string? When { get; init; }
}
