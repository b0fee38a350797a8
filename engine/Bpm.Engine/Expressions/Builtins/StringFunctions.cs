using System.Text;
using System.Text.RegularExpressions;
using Bpm.Engine.Expressions.Evaluation;
using static Bpm.Engine.Expressions.Builtins.Arguments;

namespace Bpm.Engine.Expressions.Builtins;

internal static class StringFunctions
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    public static void Register(BuiltInFunctions table)
    {
        table.Add("string", ["from"], a => a[0] is null ? null : FeelFormatter.ToText(a[0]));
        table.Add("substring", ["string", "start position", "length"], a => Substring(Text(a[0]), Number(a[1]), a[2]), required: 2);
        table.Add("string length", ["string"], a => (decimal)Text(a[0]).EnumerateRunes().Count());
        table.Add("upper case", ["string"], a => Text(a[0]).ToUpperInvariant());
        table.Add("lower case", ["string"], a => Text(a[0]).ToLowerInvariant());
        table.Add("substring before", ["string", "match"], a => SubstringBefore(Text(a[0]), Text(a[1])));
        table.Add("substring after", ["string", "match"], a => SubstringAfter(Text(a[0]), Text(a[1])));
        table.Add("contains", ["string", "match"], a => Text(a[0]).Contains(Text(a[1]), StringComparison.Ordinal));
        table.Add("starts with", ["string", "match"], a => Text(a[0]).StartsWith(Text(a[1]), StringComparison.Ordinal));
        table.Add("ends with", ["string", "match"], a => Text(a[0]).EndsWith(Text(a[1]), StringComparison.Ordinal));
        table.Add("matches", ["input", "pattern", "flags"],
            a => Regex.IsMatch(Text(a[0]), Text(a[1]), Options(a[2]), RegexTimeout), required: 2);
        table.Add("replace", ["input", "pattern", "replacement", "flags"],
            a => Regex.Replace(Text(a[0]), Text(a[1]), Text(a[2]), Options(a[3]), RegexTimeout), required: 3);
        table.Add("split", ["string", "delimiter"],
            a => Regex.Split(Text(a[0]), Text(a[1]), RegexOptions.None, RegexTimeout).Cast<object?>().ToArray());
        table.Add("string join", ["list", "delimiter", "prefix", "suffix"], StringJoin, required: 1);
        table.Add("trim", ["string"], a => Text(a[0]).Trim());
        table.Add("is blank", ["string"], a => string.IsNullOrWhiteSpace(Text(a[0])));
    }

    /// <summary>Positions count Unicode code points, 1-based; a negative start counts from the end.</summary>
    private static object? Substring(string text, decimal start, object? length)
    {
        var runes = text.EnumerateRunes().ToArray();
        var first = start > 0 ? (int)start - 1 : runes.Length + (int)start;
        if (start == 0 || first < 0 || first > runes.Length) return start == 0 ? null : "";
        var count = length is null ? runes.Length - first : Math.Min(Integer(length), runes.Length - first);
        if (count < 0) return null;
        var result = new StringBuilder();
        foreach (var rune in runes.AsSpan(first, count)) result.Append(rune.ToString());
        return result.ToString();
    }

    private static string SubstringBefore(string text, string match)
    {
        var index = text.IndexOf(match, StringComparison.Ordinal);
        return index < 0 ? "" : text[..index];
    }

    private static string SubstringAfter(string text, string match)
    {
        var index = text.IndexOf(match, StringComparison.Ordinal);
        return index < 0 ? "" : text[(index + match.Length)..];
    }

    private static RegexOptions Options(object? flags)
    {
        var options = RegexOptions.None;
        if (flags is null) return options;
        foreach (var flag in Text(flags))
        {
            options |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                's' => RegexOptions.Singleline,
                'm' => RegexOptions.Multiline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => throw new ArgumentException($"unknown regular expression flag '{flag}'"),
            };
        }
        return options;
    }

    /// <summary>Null elements are skipped; non-string elements make the result null.</summary>
    private static object? StringJoin(IReadOnlyList<object?> a)
    {
        var parts = List(a[0]).Where(item => item is not null).Select(Text);
        var delimiter = a.Count > 1 && a[1] is not null ? Text(a[1]) : "";
        var prefix = a.Count > 2 && a[2] is not null ? Text(a[2]) : "";
        var suffix = a.Count > 3 && a[3] is not null ? Text(a[3]) : "";
        return prefix + string.Join(delimiter, parts) + suffix;
    }
}
