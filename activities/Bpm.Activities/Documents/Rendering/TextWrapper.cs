using System.Text;

namespace Bpm.Activities.Documents.Rendering;

/// <summary>Breaks text into lines that fit a width, the Chinese way: any character may end a line, except that closing
/// punctuation never starts one and opening punctuation never ends one; runs of Latin letters and digits (numbers, credit
/// codes) stay together unless longer than a line. '\n' forces a break.</summary>
public static class TextWrapper
{
    private const string NoLineStart = "，。、；：？！）》」』〕】〉”’…%．,.;:?!)]}";
    private const string NoLineEnd = "（《「『〔【〈“‘([{";

    /// <param name="measure">Width of a text in the same unit as <paramref name="width"/>.</param>
    /// <param name="firstLineIndent">Width taken from the first line (a paragraph's two-character indent).</param>
    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure, double firstLineIndent = 0)
    {
        var lines = new List<string>();
        var first = true;
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            WrapParagraph(paragraph, width, measure, first ? firstLineIndent : 0, lines);
            first = false;
        }
        return lines;
    }

    private static void WrapParagraph(string text, double width, Func<string, double> measure, double indent, List<string> lines)
    {
        var line = new StringBuilder();
        var available = width - indent;
        foreach (var unit in Units(text))
        {
            if (line.Length > 0 && measure(line + unit) > available)
            {
                if (NoLineStart.Contains(unit[0]))
                {
                    // Hang the punctuation at the end of this line rather than start the next with it.
                    line.Append(unit);
                    continue;
                }
                var carried = "";
                if (line.Length > 1 && NoLineEnd.Contains(line[^1]))
                {
                    carried = line[^1].ToString();
                    line.Length--;
                }
                lines.Add(line.ToString());
                line.Clear().Append(carried);
                available = width;
            }
            if (line.Length == 0 && measure(unit) > available)
            {
                // A Latin run longer than a line: break it by character.
                foreach (var c in unit)
                {
                    if (line.Length > 0 && measure(line.ToString() + c) > available)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        available = width;
                    }
                    line.Append(c);
                }
                continue;
            }
            line.Append(unit);
        }
        lines.Add(line.ToString());
    }

    /// <summary>Single characters, except runs of ASCII letters, digits and the characters inside numbers.</summary>
    private static IEnumerable<string> Units(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (IsLatin(text[i]))
            {
                var start = i;
                while (i < text.Length && (IsLatin(text[i]) || (i > start && text[i] is '.' or '-' or '/' && i + 1 < text.Length && IsLatin(text[i + 1])))) i++;
                yield return text[start..i];
                continue;
            }
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            {
                yield return text.Substring(i, 2);
                i += 2;
                continue;
            }
            yield return text[i++].ToString();
        }
    }

    private static bool IsLatin(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9';
}
