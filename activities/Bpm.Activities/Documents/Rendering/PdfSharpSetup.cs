using Bpm.Activities.Documents.Fonts;
using PdfSharp.Fonts;

namespace Bpm.Activities.Documents.Rendering;

/// <summary>PDFsharp's font resolver is process-wide: set them once, on first use (the first font found
/// serves the process). The font is still looked for on every call, so a missing or misconfigured font always fails
/// clearly. A failure leaves nothing set, so a later attempt (after installing the font) can succeed.</summary>
public static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static ChineseFontResolver? _resolver;

    /// <summary>The font file in use once set up.</summary>
    public static string? FontPath => _resolver?.FontPath;

    /// <exception cref="ChineseFontMissingException">No Chinese font.</exception>
    public static void Ensure(DocumentOptions options)
    {
        lock (Gate)
        {
            var path = ChineseFontLocator.Locate(options.FontPath);
            if (_resolver is not null) return;
            var resolver = new ChineseFontResolver(path);
            GlobalFontSettings.FontResolver = resolver;
            _resolver = resolver;
        }
    }
}
