using System.Globalization;
using System.Text;

namespace Bpm.Engine.Expressions.Syntax;

internal static class Lexer
{
    private static readonly string[] TwoCharPunctuation = ["**", "..", "<=", ">=", "!="];
    private const string SingleCharPunctuation = "()[]{},:.+-*/=<>@";

    public static List<Token> Tokenize(string source, int start)
    {
        var tokens = new List<Token>();
        var i = start;
        while (true)
        {
            i = SkipWhitespaceAndComments(source, i);
            if (i >= source.Length)
            {
                tokens.Add(new Token(TokenKind.End, "", source.Length));
                return tokens;
            }

            var c = source[i];
            var begin = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1])))
            {
                i = ScanNumber(source, i);
                tokens.Add(new Token(TokenKind.Number, source[begin..i], begin));
            }
            else if (c == '"')
            {
                tokens.Add(new Token(TokenKind.String, ScanString(source, ref i), begin));
            }
            else if (c == '`')
            {
                var close = source.IndexOf('`', i + 1);
                if (close < 0) throw new FeelSyntaxException($"反引号名称未闭合（位置 {begin}）", begin);
                tokens.Add(new Token(TokenKind.QuotedName, source[(i + 1)..close], begin));
                i = close + 1;
            }
            else if (c == '?')
            {
                tokens.Add(new Token(TokenKind.Name, "?", begin));
                i++;
            }
            else if (IsNameStart(c))
            {
                while (i < source.Length && IsNamePart(source[i])) i++;
                tokens.Add(new Token(TokenKind.Name, source[begin..i], begin));
            }
            else
            {
                var two = i + 1 < source.Length ? source.Substring(i, 2) : null;
                if (two is not null && TwoCharPunctuation.Contains(two))
                {
                    tokens.Add(new Token(TokenKind.Punctuation, two, begin));
                    i += 2;
                }
                else if (SingleCharPunctuation.Contains(c))
                {
                    tokens.Add(new Token(TokenKind.Punctuation, c.ToString(), begin));
                    i++;
                }
                else
                {
                    throw new FeelSyntaxException($"无法识别的字符 '{c}'（位置 {i}）", i);
                }
            }
        }
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || char.IsSurrogate(c);

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_' || char.IsSurrogate(c);

    private static int SkipWhitespaceAndComments(string s, int i)
    {
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i])) i++;
            else if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] != '\n') i++;
            }
            else if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) throw new FeelSyntaxException($"注释未闭合（位置 {i}）", i);
                i = end + 2;
            }
            else break;
        }
        return i;
    }

    private static int ScanNumber(string s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        // "1..5" is a range, so a '.' only belongs to the number when a digit follows it.
        if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        }
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            var j = i + 1;
            if (j < s.Length && (s[j] == '+' || s[j] == '-')) j++;
            if (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                i = j;
                while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            }
        }
        return i;
    }

    private static string ScanString(string s, ref int i)
    {
        var begin = i;
        var text = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= s.Length) throw new FeelSyntaxException($"字符串未闭合（起始位置 {begin}）", begin);
            var c = s[i];
            if (c == '"')
            {
                i++;
                return text.ToString();
            }
            if (c != '\\')
            {
                text.Append(c);
                i++;
                continue;
            }
            if (i + 1 >= s.Length) throw new FeelSyntaxException($"字符串未闭合（起始位置 {begin}）", begin);
            var escape = s[i + 1];
            switch (escape)
            {
                case 'n': text.Append('\n'); break;
                case 't': text.Append('\t'); break;
                case 'r': text.Append('\r'); break;
                case '"': text.Append('"'); break;
                case '\'': text.Append('\''); break;
                case '\\': text.Append('\\'); break;
                case 'u' when i + 5 < s.Length
                    && int.TryParse(s.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    text.Append((char)code);
                    i += 4;
                    break;
                default:
                    // Unknown escapes are kept verbatim so regex patterns such as "\d" survive.
                    text.Append('\\').Append(escape);
                    break;
            }
            i += 2;
        }
    }
}
