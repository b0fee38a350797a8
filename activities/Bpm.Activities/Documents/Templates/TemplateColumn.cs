namespace Bpm.Activities.Documents.Templates;

/// <summary>A column of a <c>list</c> block: its header and the text of each row, whose placeholders read the row's item as
/// <c>{item.…}</c> and its 1-based position as <c>{index}</c>. An empty text leaves the cell blank to write in by hand.</summary>
public sealed record TemplateColumn
{
    public string Header { get; init; } = "";

    public string Text { get; init; } = "";

    /// <summary>The column's share of the table width, relative to the other columns' (default 1).</summary>
    public double Width { get; init; } = 1;
}
