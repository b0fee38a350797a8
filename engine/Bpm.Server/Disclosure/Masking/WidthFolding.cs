namespace Bpm.Server.Disclosure.Masking;

/// <summary>Folds full-width digits, letters and separators (０-９, Ｘ, －, ＋, （）, ：, the ideographic space U+3000) to their
/// ASCII forms, one character for one, so that a match in the folded text is at the same place in the original.</summary>
internal static class WidthFolding
{
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = Fold(source[i]);
    });

    private static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' => ' ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        _ => c,
    };
}
