using System.Collections.Frozen;
using System.Text;

namespace Bpm.Engine.Persistence.States;

/// <summary>The text a state enum is stored and shown as: its name in upper snake case (<c>Active</c> → <c>ACTIVE</c>,
/// <c>ActivatableLater</c> → <c>ACTIVATABLE_LATER</c>), as the tables and the HTTP API have always held them.</summary>
public static class StateText<TState> where TState : struct, Enum
{
    private static readonly FrozenDictionary<TState, string> Texts =
        Enum.GetValues<TState>().ToFrozenDictionary(s => s, s => UpperSnake(s.ToString()));
    private static readonly FrozenDictionary<string, TState> States =
        Texts.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every state's text, in declaration order (the values the API accepts as a state filter).</summary>
    public static string[] All => Enum.GetValues<TState>().Select(Of).ToArray();

    public static string Of(TState state) => Texts[state];

    /// <summary>The text as an SQL string literal, for hand-written SQL and index filters.</summary>
    public static string SqlLiteral(TState state) => $"'{Texts[state]}'";

    /// <summary>The state a stored text names; throws for a text that names none (a row no version of BPM wrote).</summary>
    public static TState Parse(string text) =>
        States.TryGetValue(text, out var state) ? state : throw new FormatException($"'{text}' is no {typeof(TState).Name}");

    public static bool TryParse(string? text, out TState state) => States.TryGetValue(text ?? "", out state);

    private static string UpperSnake(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append('_');
            text.Append(char.ToUpperInvariant(name[i]));
        }
        return text.ToString();
    }
}
