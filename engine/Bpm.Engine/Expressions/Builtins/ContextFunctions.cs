using static Bpm.Engine.Expressions.Builtins.Arguments;

namespace Bpm.Engine.Expressions.Builtins;

internal static class ContextFunctions
{
    public static void Register(BuiltInFunctions table)
    {
        table.Add("get value", ["context", "key"], a => GetValue(Context(a[0]), a[1]));
        table.Add("get entries", ["context"], a => Context(a[0])
            .Select(entry => (object?)Entry(entry.Key, FeelValues.Normalize(entry.Value))).ToArray());
        table.Add("context put", ["context", "key", "value"], a => Put(Context(a[0]), a[1], a[2]));
        table.AddVariadic("context merge", a => Merge(ListOrVarargs(a)));
    }

    private static OrderedDictionary<string, object?> Entry(string key, object? value) => new() { ["key"] = key, ["value"] = value };

    /// <summary>The key may be a string or a list of strings (a path into nested contexts).</summary>
    private static object? GetValue(IReadOnlyDictionary<string, object?> context, object? key)
    {
        object? current = context;
        foreach (var segment in KeyPath(key))
        {
            if (current is not IReadOnlyDictionary<string, object?> inner || !inner.TryGetValue(segment, out current)) return null;
            current = FeelValues.Normalize(current);
        }
        return current;
    }

    private static OrderedDictionary<string, object?> Put(IReadOnlyDictionary<string, object?> context, object? key, object? value)
    {
        var path = KeyPath(key);
        if (path.Count == 0) throw new ArgumentException("empty key path");
        var copy = Copy(context);
        if (path.Count == 1)
        {
            copy[path[0]] = value;
            return copy;
        }
        var nested = copy.TryGetValue(path[0], out var existing) && existing is IReadOnlyDictionary<string, object?> inner
            ? inner
            : new OrderedDictionary<string, object?>();
        copy[path[0]] = Put(nested, path.Skip(1).Cast<object?>().ToArray(), value);
        return copy;
    }

    private static List<string> KeyPath(object? key) => key switch
    {
        string single => [single],
        IReadOnlyList<object?> path => path.Select(Text).ToList(),
        _ => throw Mismatch("string or list of strings", key),
    };

    private static OrderedDictionary<string, object?> Merge(IReadOnlyList<object?> contexts)
    {
        var merged = new OrderedDictionary<string, object?>();
        foreach (var context in contexts)
            foreach (var (key, value) in Context(context)) merged[key] = value;
        return merged;
    }

    private static OrderedDictionary<string, object?> Copy(IReadOnlyDictionary<string, object?> context)
    {
        var copy = new OrderedDictionary<string, object?>(context.Count);
        foreach (var (key, value) in context) copy[key] = value;
        return copy;
    }
}
