using Bpm.Activities.Documents.Fonts;
using PdfSharp;
using PdfSharp.Fonts;

namespace Bpm.Activities.Documents.Rendering;

/// <summary>PDFsharp's license choice and font resolver are process-wide: set them once, on first use (the first font found
/// serves the process). The font is still looked for on every call, so a missing or misconfigured font always fails
/// clearly. A failure leaves nothing set, so a later attempt (after installing the font) can succeed.</summary>
public static class PdfSharpSetup
{
    public const string AgplLicense = "AGPL";
    private static readonly Lock Gate = new();
    private static ChineseFontResolver? _resolver;

    /// <summary>The font file in use once set up.</summary>
    public static string? FontPath => _resolver?.FontPath;

    /// <exception cref="ChineseFontMissingException">No Chinese font.</exception>
    /// <exception cref="InvalidOperationException">No PDFsharp license chosen.</exception>
    public static void Ensure(DocumentOptions options)
    {
        lock (Gate)
        {
            var path = ChineseFontLocator.Locate(options.FontPath);
            if (_resolver is not null) return;
            var license = options.PdfSharpLicense?.Trim();
            if (string.IsNullOrEmpty(license))
                throw new InvalidOperationException(
                    "PDFsharp 6.5 needs a license choice before it writes PDFs: set Bpm:Documents:PdfSharpLicense to 'AGPL' " +
                    "(its free AGPL-3.0 license, whose terms then apply to this deployment) or to a commercial license key.");
            if (string.Equals(license, AgplLicense, StringComparison.OrdinalIgnoreCase)) PdfSharpLicense.SetAgplLicense();
            else PdfSharpLicense.LoadLicense(license);
            var resolver = new ChineseFontResolver(path);
            GlobalFontSettings.FontResolver = resolver;
            _resolver = resolver;
        }
    }
}
