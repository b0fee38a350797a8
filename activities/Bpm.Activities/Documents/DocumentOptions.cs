namespace Bpm.Activities.Documents;

/// <summary>Configuration section <c>Bpm:Documents</c>.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Bpm:Documents";

    /// <summary>A TrueType font (.ttf) or collection (.ttc, first face) with Chinese glyphs; when empty the known Debian paths
    /// are searched (see <see cref="Fonts.ChineseFontLocator.KnownPaths"/>).</summary>
    public string? FontPath { get; set; }

    /// <summary>PDFsharp 6.5 must be told under which license it runs: <c>AGPL</c> (its free AGPL-3.0 license, whose terms
    /// then apply to the deployment) or a commercial license key from its vendor. Empty: documents fail with an incident
    /// saying so.</summary>
    public string? PdfSharpLicense { get; set; }
}
