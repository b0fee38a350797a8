using PdfSharp.Fonts;

namespace Bpm.Activities.Documents.Fonts;

/// <summary>Resolves every family PDFsharp asks for to the one Chinese face found by <see cref="ChineseFontLocator"/>.</summary>
public sealed class ChineseFontResolver(string fontPath) : IFontResolver
{
    public const string FamilyName = "BpmChinese";
    private const string FaceName = "bpm-chinese-regular";
    private readonly Lazy<byte[]> _face = new(() => TrueTypeCollection.ExtractFace(File.ReadAllBytes(fontPath)));

    public string FontPath { get; } = fontPath;

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(FaceName);

    public byte[]? GetFont(string faceName) => _face.Value;
}
