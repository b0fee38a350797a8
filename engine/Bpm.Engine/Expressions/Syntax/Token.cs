namespace Bpm.Engine.Expressions.Syntax;

internal enum TokenKind { Number, String, Name, QuotedName, Punctuation, End }

/// <summary>A lexical token; Position is the offset in the whole source string (including any leading '=').</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    public bool Is(string punctuation) => Kind == TokenKind.Punctuation && Text == punctuation;

    public bool IsWord(string word) => Kind == TokenKind.Name && Text == word;

    public string Describe() => Kind switch
    {
        TokenKind.End => "表达式结尾",
        TokenKind.String => $"字符串 \"{Text}\"",
        TokenKind.QuotedName => $"`{Text}`",
        _ => $"'{Text}'",
    };
}
