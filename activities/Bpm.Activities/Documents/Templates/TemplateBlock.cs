namespace Bpm.Activities.Documents.Templates;

/// <summary>One block of a document template. Texts hold placeholders (see <see cref="TemplateText"/>).</summary>
public sealed record TemplateBlock
{
    /// <summary><see cref="TemplateBlockKinds"/>.</summary>
    public string Kind { get; init; } = TemplateBlockKinds.Paragraph;

    public string? Text { get; init; }

    /// <summary>Table rows: label and value (list blocks, once filled: one cell per column).</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }

    /// <summary>List blocks: the data path of the array with one row per item.</summary>
    public string? Items { get; init; }

    /// <summary>List blocks: the columns; filled, the block's <see cref="Rows"/> are the header row and one row per item.</summary>
    public IReadOnlyList<TemplateColumn>? Columns { get; init; }

    /// <summary>Signature lines, right-aligned.</summary>
    public IReadOnlyList<string>? Lines { get; init; }

    /// <summary>Paragraphs: indent the first line by two characters (default true).</summary>
    public bool Indent { get; init; } = true;

    /// <summary>A data path: the block is printed only when it holds a value other than null, false, "" or [].</summary>
    public string? When { get; init; }
}
