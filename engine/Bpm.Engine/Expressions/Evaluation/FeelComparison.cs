namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>FEEL equality and ordering. Values of incompatible types are not comparable (null result).</summary>
internal static class FeelComparison
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static object? Box(bool? value) => value switch { true => True, false => False, null => null };

    public static int? Compare(object? left, object? right) => (left, right) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (TimeOnly a, TimeOnly b) => a.CompareTo(b),
        (DateTime a, DateTime b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (TimeSpan a, TimeSpan b) => a.CompareTo(b),
        (YearsMonthsDuration a, YearsMonthsDuration b) => a.TotalMonths.CompareTo(b.TotalMonths),
        _ => null,
    };

    /// <summary>Applies an ordering operator to a <see cref="Compare"/> result; incomparable stays null.</summary>
    public static bool? Holds(int? comparison, string op) => comparison is not { } c ? null : op switch
    {
        "<" => c < 0,
        "<=" => c <= 0,
        ">" => c > 0,
        ">=" => c >= 0,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>null = null is true; null against a value is false; incompatible types give null.</summary>
    public static bool? Equal(object? left, object? right)
    {
        if (left is null || right is null) return left is null && right is null;
        switch (left, right)
        {
            case (bool a, bool b):
                return a == b;
            case (IReadOnlyList<object?> a, IReadOnlyList<object?> b):
                return ListsEqual(a, b);
            case (IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b):
                return ContextsEqual(a, b);
            case (FeelRange a, FeelRange b):
                return a.StartIncluded == b.StartIncluded && a.EndIncluded == b.EndIncluded
                    && Equal(a.Start, b.Start) == true && Equal(a.End, b.End) == true;
            case (DateTimeOffset a, DateTimeOffset b):
                return a.UtcDateTime == b.UtcDateTime;
            case (FeelFunction a, FeelFunction b):
                return ReferenceEquals(a, b);
        }
        var order = Compare(left, right);
        return order is null ? null : order == 0;
    }

    private static bool? ListsEqual(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            var equal = Equal(FeelValues.Normalize(a[i]), FeelValues.Normalize(b[i]));
            if (equal != true) return equal;
        }
        return true;
    }

    private static bool? ContextsEqual(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        if (a.Count != b.Count) return false;
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other)) return false;
            var equal = Equal(FeelValues.Normalize(value), FeelValues.Normalize(other));
            if (equal != true) return equal;
        }
        return true;
    }
}
