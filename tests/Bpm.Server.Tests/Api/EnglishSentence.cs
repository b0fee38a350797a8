using System.Text.RegularExpressions;

namespace Bpm.Server.Tests.Api;

/// <summary>Finds English prose in a text meant for a Chinese reader. Allowed and removed first: a bracketed English
/// gloss after the Chinese (the older messages' convention), quoted values ('…', "…", 「…」, “…”, {…}) and identifiers
/// (field paths, element ids, <c>zeebe:…</c> attributes, formats, FEEL snippets — single tokens). What is left must not
/// hold three English words in a row.</summary>
public static partial class EnglishSentence
{
    /// <summary>The first run of three or more English words left, or null when there is none.</summary>
    public static string? In(string text)
    {
        var stripped = Gloss().Replace(text, " ");
        stripped = Quoted().Replace(stripped, " ");
        var match = Words().Match(stripped);
        return match.Success ? match.Value : null;
    }

    /// <summary>A bracketed English gloss (three English words in a row inside brackets), or null: the messages no longer
    /// carry one, programs read the <c>rule</c> and field extensions instead.</summary>
    public static string? GlossIn(string text) =>
        Gloss().Matches(text).Select(m => m.Value).FirstOrDefault(gloss => Words().IsMatch(gloss));

    [GeneratedRegex(@"\([^()\p{IsCJKUnifiedIdeographs}]*(\([^()]*\)[^()\p{IsCJKUnifiedIdeographs}]*)*\)")]
    private static partial Regex Gloss();

    [GeneratedRegex("'[^']*'|\"[^\"]*\"|「[^」]*」|“[^”]*”|`[^`]*`|\\{[^}]*\\}")]
    private static partial Regex Quoted();

    /// <summary>Three plain words (letters only, at least two each) separated by single spaces or commas.</summary>
    [GeneratedRegex(@"(?<![\w.:/\[-])[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}(?![\w.:/\[-])")]
    private static partial Regex Words();
}
