using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Bpm.Engine.Tests.Activities.Documents;

/// <summary>Reads a PDF back with PDFsharp and extracts its text: the glyph ids shown by Tj/TJ, mapped to Unicode through
/// the fonts' ToUnicode maps (PDFsharp writes CJK text as 2-byte glyph ids with Identity-H encoding).</summary>
internal static partial class PdfText
{
    public static (int Pages, string Text) Extract(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            var map = ToUnicode(page);
            foreach (var operation in Operators(ContentReader.ReadContent(page)))
            {
                if (operation.Name is not ("Tj" or "TJ" or "'" or "\"")) continue;
                foreach (var value in Strings(operation.Operands))
                    for (var i = 0; i + 1 < value.Length; i += 2)
                    {
                        var glyph = (value[i] & 0xFF) << 8 | (value[i + 1] & 0xFF);
                        text.Append(map.TryGetValue(glyph, out var unicode) ? unicode : "?");
                    }
                text.Append('\n');
            }
        }
        return (document.PageCount, text.ToString());
    }

    private static IEnumerable<COperator> Operators(CSequence sequence)
    {
        foreach (var item in sequence)
        {
            if (item is COperator op) yield return op;
            else if (item is CSequence nested) foreach (var inner in Operators(nested)) yield return inner;
        }
    }

    private static IEnumerable<string> Strings(CSequence operands)
    {
        foreach (var operand in operands)
        {
            if (operand is CString s) yield return s.Value;
            else if (operand is CArray array) foreach (var inner in Strings(array)) yield return inner;
        }
    }

    private static Dictionary<int, string> ToUnicode(PdfPage page)
    {
        var map = new Dictionary<int, string>();
        var fonts = page.Resources.Elements.GetDictionary("/Font");
        if (fonts is null) return map;
        foreach (var name in fonts.Elements.Keys)
        {
            var font = fonts.Elements.GetDictionary(name);
            if (font?.Elements.GetDictionary("/ToUnicode")?.Stream is not { } stream) continue;
            var cmap = Encoding.ASCII.GetString(stream.UnfilteredValue);
            foreach (Match section in Section().Matches(cmap))
            {
                if (section.Groups[1].Value == "bfchar")
                    foreach (Match m in BfChar().Matches(section.Groups[2].Value))
                        map[Hex(m.Groups[1].Value)] = Utf16(m.Groups[2].Value);
                else
                    foreach (Match m in BfRange().Matches(section.Groups[2].Value))
                        AddRange(map, m);
            }
        }
        return map;
    }

    private static void AddRange(Dictionary<int, string> map, Match m)
    {
        int from = Hex(m.Groups[1].Value), to = Hex(m.Groups[2].Value), start = Hex(m.Groups[3].Value);
        for (var g = from; g <= to; g++) map[g] = char.ConvertFromUtf32(start + g - from);
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex)
    {
        var units = Enumerable.Range(0, hex.Length / 4).Select(i => (char)Hex(hex.Substring(i * 4, 4))).ToArray();
        return new string(units);
    }

    [GeneratedRegex(@"begin(bfchar|bfrange)(.*?)end\1", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4,8})>")]
    private static partial Regex BfChar();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4,8})>")]
    private static partial Regex BfRange();
}
