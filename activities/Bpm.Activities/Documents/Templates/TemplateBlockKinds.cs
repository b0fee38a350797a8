namespace Bpm.Activities.Documents.Templates;

/// <summary>The kinds of <see cref="TemplateBlock"/>.</summary>
public static class TemplateBlockKinds
{
    /// <summary>The issuing agency, centred above the title.</summary>
    public const string Heading = "heading";
    public const string Title = "title";
    /// <summary>The document number (文号), right-aligned under the title.</summary>
    public const string Number = "number";
    public const string Paragraph = "paragraph";
    /// <summary>A bordered two-column form (审批表 style): label and value; long values wrap.</summary>
    public const string Table = "table";
    /// <summary>A bordered grid with a header row and one row per item of an array in the case data (卷内目录 style).</summary>
    public const string List = "list";
    /// <summary>Agency, seal and date lines, right-aligned at the end.</summary>
    public const string Signature = "signature";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Heading, Title, Number, Paragraph, Table, List, Signature]);
}
