using System.Globalization;

namespace Bpm.Activities.Enforcement.CaseNumbers;

/// <summary>How a case number is written. CHINESE, the document-number style of Chinese agencies:
/// <c>{agencyCode}{kind}〔{year}〕{sequence}号</c>, e.g. 郑市监罚〔2026〕0001号. ASCII, for systems that cannot carry Chinese
/// text: <c>{agencyCode}-{kind}-{year}-{sequence}</c>, e.g. 410100SJ-CF-2026-0001 (agency code and kind then must be ASCII
/// letters and digits). The sequence is zero-padded to the given digits and simply grows longer beyond them.</summary>
public static class CaseNumberStyles
{
    public const string Chinese = "CHINESE";
    public const string Ascii = "ASCII";

    public static bool IsKnown(string style) => style is Chinese or Ascii;

    public static string Format(string style, string agencyCode, string kind, int year, long sequence, int digits)
    {
        var padded = sequence.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
        return style == Ascii
            ? $"{agencyCode}-{kind}-{year.ToString(CultureInfo.InvariantCulture)}-{padded}"
            : $"{agencyCode}{kind}〔{year.ToString(CultureInfo.InvariantCulture)}〕{padded}号";
    }

    public static bool IsAsciiCode(string text) => text.All(char.IsAsciiLetterOrDigit);
}
