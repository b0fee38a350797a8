using Bpm.Engine.Expressions.Evaluation;
using static Bpm.Engine.Expressions.Builtins.Arguments;

namespace Bpm.Engine.Expressions.Builtins;

internal static class ListFunctions
{
    public static void Register(BuiltInFunctions table)
    {
        table.Add("list contains", ["list", "element"], a => List(a[0]).Any(item => FeelComparison.Equal(item, a[1]) == true));
        table.Add("append", ["list", "items"], a => List(a[0]).Concat(a.Skip(1)).ToArray(), required: 1);
        table.AddVariadic("append", a => List(a[0]).Concat(a.Skip(1)).ToArray());
        table.AddVariadic("concatenate", a => a.SelectMany(List).ToArray());
        table.Add("insert before", ["list", "position", "newItem"], a => InsertBefore(List(a[0]), Integer(a[1]), a[2]));
        table.Add("remove", ["list", "position"], a => Remove(List(a[0]), Integer(a[1])));
        table.Add("reverse", ["list"], a => List(a[0]).Reverse().ToArray());
        table.Add("index of", ["list", "match"], a => IndexOf(List(a[0]), a[1]));
        table.AddVariadic("union", a => Distinct(a.SelectMany(List)));
        table.Add("distinct values", ["list"], a => Distinct(List(a[0])));
        table.Add("duplicate values", ["list"], a => Duplicates(List(a[0])));
        table.Add("flatten", ["list"], a => Flatten(List(a[0])).ToArray());
        table.Add("sort", ["list", "precedes"], a => Sort(List(a[0]), a[1] is null ? null : Function(a[1])), required: 1);
        table.Add("sublist", ["list", "start position", "length"], a => Sublist(List(a[0]), Integer(a[1]), a[2]), required: 2);
        table.Add("is empty", ["list"], a => List(a[0]).Count == 0);
        table.AddVariadic("all", a => All(ListOrVarargs(a)));
        table.AddVariadic("any", a => Any(ListOrVarargs(a)));
        table.Add("first", ["list"], a => List(a[0]) is { Count: > 0 } list ? list[0] : null);
        table.Add("last", ["list"], a => List(a[0]) is { Count: > 0 } list ? list[^1] : null);
    }

    private static int Position(int position, int count, bool allowEnd)
    {
        var index = position > 0 ? position - 1 : count + position;
        var limit = allowEnd ? count : count - 1;
        return position == 0 || index < 0 || index > limit ? throw new ArgumentOutOfRangeException(nameof(position)) : index;
    }

    private static object?[] InsertBefore(IReadOnlyList<object?> list, int position, object? item)
    {
        var result = list.ToList();
        result.Insert(Position(position, list.Count, allowEnd: true), item);
        return result.ToArray();
    }

    private static object?[] Remove(IReadOnlyList<object?> list, int position)
    {
        var result = list.ToList();
        result.RemoveAt(Position(position, list.Count, allowEnd: false));
        return result.ToArray();
    }

    private static object?[] IndexOf(IReadOnlyList<object?> list, object? match) =>
        Enumerable.Range(0, list.Count).Where(i => FeelComparison.Equal(list[i], match) == true).Select(i => (object?)(decimal)(i + 1)).ToArray();

    private static object?[] Distinct(IEnumerable<object?> items)
    {
        var result = new List<object?>();
        foreach (var item in items)
            if (!result.Any(existing => FeelComparison.Equal(existing, item) == true)) result.Add(item);
        return result.ToArray();
    }

    private static object?[] Duplicates(IReadOnlyList<object?> list)
    {
        var duplicates = list.Where((item, i) => list.Skip(i + 1).Any(other => FeelComparison.Equal(item, other) == true));
        return Distinct(duplicates);
    }

    private static IEnumerable<object?> Flatten(IEnumerable<object?> items) =>
        items.SelectMany(item => item is IReadOnlyList<object?> inner ? Flatten(inner.Select(FeelValues.Normalize)) : [item]);

    /// <summary>Without a precedes function the natural FEEL order is used; mixed types make the result null.</summary>
    private static object?[] Sort(IReadOnlyList<object?> list, FeelFunction? precedes)
    {
        var comparison = precedes is null
            ? (Comparison<object?>)((x, y) => FeelComparison.Compare(x, y) ?? throw Mismatch("comparable values", y))
            : (x, y) => ReferenceEquals(x, y) ? 0 : precedes.Invoke([x, y]) is true ? -1 : 1;
        var result = list.ToList();
        // List.Sort is not stable and may compare an element with itself; an insertion sort is stable and simple.
        for (var i = 1; i < result.Count; i++)
        {
            var current = result[i];
            var j = i - 1;
            while (j >= 0 && comparison(current, result[j]) < 0)
            {
                result[j + 1] = result[j];
                j--;
            }
            result[j + 1] = current;
        }
        return result.ToArray();
    }

    private static object?[] Sublist(IReadOnlyList<object?> list, int start, object? length)
    {
        var first = Position(start, list.Count, allowEnd: false);
        var count = length is null ? list.Count - first : Integer(length);
        if (count < 0 || first + count > list.Count) throw new ArgumentOutOfRangeException(nameof(length));
        return list.Skip(first).Take(count).ToArray();
    }

    private static object? All(IReadOnlyList<object?> items)
    {
        if (items.Any(item => item is false)) return false;
        return items.All(item => item is true) ? true : null;
    }

    private static object? Any(IReadOnlyList<object?> items)
    {
        if (items.Any(item => item is true)) return true;
        return items.All(item => item is false) ? false : null;
    }
}
