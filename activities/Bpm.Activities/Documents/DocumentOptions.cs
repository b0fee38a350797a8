namespace Bpm.Activities.Documents;

/// <summary>Configuration section <c>Bpm:Documents</c>.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Bpm:Documents";

    /// <summary>A TrueType font (.ttf) or collection (.ttc, first face) with Chinese glyphs; when empty the known Debian paths
    /// are searched (see <see cref="Fonts.ChineseFontLocator.KnownPaths"/>).</summary>
    public string? FontPath { get; set; }
}
