using System.Globalization;
using static Bpm.Engine.Expressions.Builtins.Arguments;

namespace Bpm.Engine.Expressions.Builtins;

internal static class NumericFunctions
{
    public static void Register(BuiltInFunctions table)
    {
        table.Add("number", ["from", "grouping separator", "decimal separator"], ParseNumber, required: 1);
        table.Add("decimal", ["n", "scale"], a => Round(Number(a[0]), Integer(a[1]), MidpointRounding.ToEven));
        table.Add("floor", ["n", "scale"], a => Round(Number(a[0]), ScaleOrZero(a), MidpointRounding.ToNegativeInfinity), required: 1);
        table.Add("ceiling", ["n", "scale"], a => Round(Number(a[0]), ScaleOrZero(a), MidpointRounding.ToPositiveInfinity), required: 1);
        table.Add("round half up", ["n", "scale"], a => Round(Number(a[0]), ScaleOrZero(a), MidpointRounding.AwayFromZero), required: 1);
        table.Add("round half down", ["n", "scale"], a => RoundHalfDown(Number(a[0]), ScaleOrZero(a)), required: 1);
        table.Add("round up", ["n", "scale"], a => RoundAwayFromZero(Number(a[0]), ScaleOrZero(a)), required: 1);
        table.Add("round down", ["n", "scale"], a => Round(Number(a[0]), ScaleOrZero(a), MidpointRounding.ToZero), required: 1);
        table.Add("abs", ["n"], a => a[0] switch
        {
            TimeSpan t => t.Duration(),
            YearsMonthsDuration m => new YearsMonthsDuration(Math.Abs(m.TotalMonths)),
            var n => Math.Abs(Number(n)),
        });
        table.Add("modulo", ["dividend", "divisor"], a => Modulo(Number(a[0]), Number(a[1])));
        table.Add("sqrt", ["number"], a => Number(a[0]) is var n && n >= 0 ? (decimal)Math.Sqrt((double)n) : null);
        table.Add("log", ["number"], a => Number(a[0]) is var n && n > 0 ? (decimal)Math.Log((double)n) : null);
        table.Add("exp", ["number"], a => (decimal)Math.Exp((double)Number(a[0])));
        table.Add("odd", ["number"], a => Integer(a[0]) % 2 != 0);
        table.Add("even", ["number"], a => Integer(a[0]) % 2 == 0);
        table.AddVariadic("min", a => Extreme(ListOrVarargs(a), smallest: true));
        table.AddVariadic("max", a => Extreme(ListOrVarargs(a), smallest: false));
        table.AddVariadic("sum", a => ListOrVarargs(a).Aggregate(0m, (total, item) => total + Number(item)));
        table.AddVariadic("product", a => ListOrVarargs(a) is { Count: > 0 } items ? items.Aggregate(1m, (p, item) => p * Number(item)) : null);
        table.AddVariadic("mean", a => ListOrVarargs(a) is { Count: > 0 } items ? items.Sum(Number) / items.Count : null);
        table.AddVariadic("median", a => Median(ListOrVarargs(a)));
        table.Add("count", ["list"], a => (decimal)List(a[0]).Count);
    }

    private static int ScaleOrZero(IReadOnlyList<object?> a) => a.Count > 1 && a[1] is not null ? Integer(a[1]) : 0;

    private static object? ParseNumber(IReadOnlyList<object?> a)
    {
        var text = Text(a[0]);
        if (a.Count > 1 && a[1] is not null) text = text.Replace(Text(a[1]), "");
        if (a.Count > 2 && a[2] is not null) text = text.Replace(Text(a[2]), ".");
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static decimal Round(decimal value, int scale, MidpointRounding mode)
    {
        if (scale >= 0) return decimal.Round(value, Math.Min(scale, 28), mode);
        // Negative scales round to tens, hundreds, ...
        var factor = Pow10(-scale);
        return decimal.Round(value / factor, 0, mode) * factor;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }

    private static decimal RoundAwayFromZero(decimal value, int scale) =>
        Round(value, scale, value >= 0 ? MidpointRounding.ToPositiveInfinity : MidpointRounding.ToNegativeInfinity);

    /// <summary>Nearest value, ties toward zero (5.5 -> 5, -5.5 -> -5).</summary>
    private static decimal RoundHalfDown(decimal value, int scale)
    {
        var truncated = Round(value, scale, MidpointRounding.ToZero);
        var unit = scale >= 0 ? 1m / Pow10(scale) : Pow10(-scale);
        var remainder = Math.Abs(value - truncated);
        return remainder > unit / 2 ? truncated + (value >= 0 ? unit : -unit) : truncated;
    }

    /// <summary>The result has the sign of the divisor, as in FEEL.</summary>
    private static object? Modulo(decimal dividend, decimal divisor)
    {
        if (divisor == 0) return null;
        return dividend - divisor * decimal.Floor(dividend / divisor);
    }

    private static object? Extreme(IReadOnlyList<object?> items, bool smallest)
    {
        if (items.Count == 0) return null;
        var best = items[0];
        foreach (var item in items.Skip(1))
        {
            var order = Evaluation.FeelComparison.Compare(item, best) ?? throw Mismatch("comparable values", item);
            if (smallest ? order < 0 : order > 0) best = item;
        }
        return best;
    }

    private static object? Median(IReadOnlyList<object?> items)
    {
        if (items.Count == 0) return null;
        var sorted = items.Select(Number).Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
