namespace Bpm.Engine.Persistence.Store;

/// <summary>The names of a multi-row statement's parameters ("@m{column}_{row}"), made once: a merged chunk of timers binds
/// thousands of parameters per commit, and building each name anew was a fifth of what the commit allocated.</summary>
internal static class ParameterNames
{
    private static readonly object Gate = new();
    private static string[][] _names = [];

    public static string Of(int column, int row)
    {
        var names = _names;
        if (column < names.Length && row < names[column].Length) return names[column][row];
        return Grow(column, row);
    }

    private static string Grow(int column, int row)
    {
        lock (Gate)
        {
            var names = _names;
            var grown = new string[Math.Max(names.Length, column + 1)][];
            for (var c = 0; c < grown.Length; c++)
            {
                var old = c < names.Length ? names[c] : [];
                var length = c == column && row >= old.Length ? Math.Max(row + 1, Math.Max(64, old.Length * 2)) : old.Length;
                if (length == old.Length)
                {
                    grown[c] = old;
                    continue;
                }
                var made = new string[length];
                old.CopyTo(made, 0);
                for (var r = old.Length; r < length; r++) made[r] = "@m" + c + "_" + r;
                grown[c] = made;
            }
            _names = grown;
            return grown[column][row];
        }
    }
}
