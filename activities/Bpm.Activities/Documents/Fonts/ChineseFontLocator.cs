namespace Bpm.Activities.Documents.Fonts;

/// <summary>Finds the Chinese font file: the configured path, else the first known Debian path that exists.</summary>
public static class ChineseFontLocator
{
    /// <summary>The Debian package CI installs (<c>.ci/services</c>); named in the error when no font is found.</summary>
    public const string DebianPackage = "fonts-wqy-zenhei";

    /// <summary>TrueType-outline fonts with Chinese glyphs from Debian packages, most preferred first. (fonts-noto-cjk is
    /// CFF-based OpenType, which PDFsharp cannot embed.)</summary>
    public static readonly IReadOnlyList<string> KnownPaths =
    [
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ];

    /// <exception cref="ChineseFontMissingException">Neither the configured path nor any known path holds a font.</exception>
    public static string Locate(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            if (File.Exists(configuredPath)) return configuredPath;
            throw new ChineseFontMissingException(
                $"The Chinese font configured in Bpm:Documents:FontPath ('{configuredPath}') does not exist. " +
                $"Install the Debian package {DebianPackage} (apt-get install {DebianPackage}) or correct the path.");
        }
        return KnownPaths.FirstOrDefault(File.Exists) ?? throw new ChineseFontMissingException(
            $"No Chinese TrueType font found for PDF documents. Install the Debian package {DebianPackage} " +
            $"(apt-get install {DebianPackage}) or set Bpm:Documents:FontPath to a .ttf/.ttc file. Searched: {string.Join(", ", KnownPaths)}.");
    }
}
