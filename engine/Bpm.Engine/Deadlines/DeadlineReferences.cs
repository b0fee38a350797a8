using System.Text.RegularExpressions;

namespace Bpm.Engine.Deadlines;

/// <summary>Which named deadlines an expression depends on. The check is textual: an expression depends on deadline
/// <c>x</c> when its source contains <c>deadlines.x</c> not followed by another name character (so <c>deadlines.decision</c>
/// does not match <c>deadlines.decisionDraft</c>). Expressions that reach a deadline indirectly (through another
/// variable or <c>deadlines["x"]</c>) are not seen.</summary>
public static partial class DeadlineReferences
{
    [GeneratedRegex(@"\bdeadlines\.([\p{L}\p{N}_]+)")]
    private static partial Regex Reference();

    public static IEnumerable<string> Names(string? source)
    {
        if (string.IsNullOrEmpty(source)) yield break;
        foreach (Match match in Reference().Matches(source)) yield return match.Groups[1].Value;
    }

    public static bool DependsOn(string? source, string name) => Names(source).Contains(name, StringComparer.Ordinal);
}
