namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>FEEL arithmetic on numbers, strings, temporals and durations. Unsupported combinations and overflow give null.</summary>
internal static class FeelArithmetic
{
    public static object? Add(object? left, object? right)
    {
        try
        {
            return (left, right) switch
            {
                (decimal a, decimal b) => a + b,
                (string a, string b) => a + b,
                (TimeSpan a, TimeSpan b) => a + b,
                (YearsMonthsDuration a, YearsMonthsDuration b) => new YearsMonthsDuration(checked(a.TotalMonths + b.TotalMonths)),
                (TimeSpan or YearsMonthsDuration, DateOnly or DateTime or DateTimeOffset or TimeOnly) => Add(right, left),
                (DateOnly a, TimeSpan b) => DateOnly.FromDateTime(a.ToDateTime(TimeOnly.MinValue) + b),
                (DateOnly a, YearsMonthsDuration b) => a.AddMonths(b.TotalMonths),
                (DateTime a, TimeSpan b) => a + b,
                (DateTime a, YearsMonthsDuration b) => a.AddMonths(b.TotalMonths),
                (DateTimeOffset a, TimeSpan b) => a + b,
                (DateTimeOffset a, YearsMonthsDuration b) => a.AddMonths(b.TotalMonths),
                (TimeOnly a, TimeSpan b) => a.Add(b),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static object? Subtract(object? left, object? right)
    {
        try
        {
            return (left, right) switch
            {
                (decimal a, decimal b) => a - b,
                (TimeSpan a, TimeSpan b) => a - b,
                (YearsMonthsDuration a, YearsMonthsDuration b) => new YearsMonthsDuration(checked(a.TotalMonths - b.TotalMonths)),
                (DateOnly a, DateOnly b) => TimeSpan.FromDays(a.DayNumber - b.DayNumber),
                (DateTime a, DateTime b) => a - b,
                (DateTimeOffset a, DateTimeOffset b) => a - b,
                (TimeOnly a, TimeOnly b) => a.ToTimeSpan() - b.ToTimeSpan(),
                (DateOnly or DateTime or DateTimeOffset or TimeOnly, TimeSpan or YearsMonthsDuration) => Add(left, Negate(right)),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static object? Multiply(object? left, object? right)
    {
        try
        {
            return (left, right) switch
            {
                (decimal a, decimal b) => a * b,
                (TimeSpan a, decimal b) => TimeSpan.FromTicks((long)(a.Ticks * b)),
                (decimal a, TimeSpan b) => TimeSpan.FromTicks((long)(b.Ticks * a)),
                (YearsMonthsDuration a, decimal b) => new YearsMonthsDuration((int)decimal.Truncate(a.TotalMonths * b)),
                (decimal a, YearsMonthsDuration b) => new YearsMonthsDuration((int)decimal.Truncate(b.TotalMonths * a)),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static object? Divide(object? left, object? right)
    {
        try
        {
            return (left, right) switch
            {
                (decimal _, 0m) => null,
                (decimal a, decimal b) => a / b,
                (TimeSpan _, 0m) => null,
                (TimeSpan a, decimal b) => TimeSpan.FromTicks((long)(a.Ticks / b)),
                (YearsMonthsDuration _, 0m) => null,
                (YearsMonthsDuration a, decimal b) => new YearsMonthsDuration((int)decimal.Truncate(a.TotalMonths / b)),
                (TimeSpan a, TimeSpan b) when b.Ticks != 0 => (decimal)a.Ticks / b.Ticks,
                (YearsMonthsDuration a, YearsMonthsDuration b) when b.TotalMonths != 0 => (decimal)a.TotalMonths / b.TotalMonths,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static object? Power(object? left, object? right)
    {
        if (left is not decimal number || right is not decimal exponent) return null;
        try
        {
            // Integral exponents are computed exactly; others fall back to double precision.
            if (exponent == decimal.Truncate(exponent) && Math.Abs(exponent) <= 1000)
            {
                var result = 1m;
                for (var i = 0; i < Math.Abs(exponent); i++) result *= number;
                return exponent < 0 ? (result == 0 ? null : 1m / result) : result;
            }
            var power = Math.Pow((double)number, (double)exponent);
            return double.IsFinite(power) ? (decimal)power : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static object? Negate(object? value)
    {
        try
        {
            return value switch
            {
                decimal d => -d,
                TimeSpan t => t.Negate(),
                YearsMonthsDuration m => new YearsMonthsDuration(checked(-m.TotalMonths)),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
