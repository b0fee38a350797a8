using System.Text.RegularExpressions;

namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>A callable FEEL function value: built-in, registered or lambda.</summary>
internal sealed class FeelFunction(
    string name,
    IReadOnlyList<string> parameters,
    Func<IReadOnlyList<object?>, object?> body,
    FunctionKind kind,
    int? requiredCount = null,
    bool variadic = false)
{
    public string Name { get; } = name;
    public IReadOnlyList<string> Parameters { get; } = parameters;
    public FunctionKind Kind { get; } = kind;
    public int RequiredCount { get; } = requiredCount ?? parameters.Count;

    /// <summary>Variadic functions (min, concatenate, ...) receive all positional arguments as given.</summary>
    public bool IsVariadic { get; } = variadic;

    public bool Accepts(int positionalCount) =>
        IsVariadic || (positionalCount >= RequiredCount && positionalCount <= Parameters.Count);

    public bool Accepts(IReadOnlyList<string> argumentNames)
    {
        if (IsVariadic) return argumentNames.Count == 1 && argumentNames[0] == Parameters[0];
        foreach (var argumentName in argumentNames)
            if (!Parameters.Contains(argumentName)) return false;
        for (var i = 0; i < RequiredCount; i++)
            if (!argumentNames.Contains(Parameters[i])) return false;
        return true;
    }

    /// <summary>Orders named arguments by parameter, padding absent optional ones with null.</summary>
    public IReadOnlyList<object?> Arrange(IReadOnlyList<object?> values, IReadOnlyList<string>? argumentNames)
    {
        if (argumentNames is null)
        {
            if (IsVariadic || values.Count == Parameters.Count) return values;
            var padded = new object?[Parameters.Count];
            for (var i = 0; i < values.Count; i++) padded[i] = values[i];
            return padded;
        }
        if (IsVariadic) return values;
        var arranged = new object?[Parameters.Count];
        for (var i = 0; i < argumentNames.Count; i++)
        {
            var position = IndexOf(argumentNames[i]);
            arranged[position] = values[i];
        }
        return arranged;
    }

    private int IndexOf(string parameter)
    {
        for (var i = 0; i < Parameters.Count; i++)
            if (Parameters[i] == parameter) return i;
        return -1;
    }

    public object? Invoke(IReadOnlyList<object?> arguments)
    {
        switch (Kind)
        {
            case FunctionKind.BuiltIn:
                try
                {
                    return body(arguments);
                }
                catch (Exception ex) when (IsTypeMismatch(ex))
                {
                    return null;
                }
            case FunctionKind.Registered:
                try
                {
                    return FeelValues.Normalize(body(arguments));
                }
                catch (Exception ex) when (ex is FeelEvaluationException or FeelLimitExceededException or OperationCanceledException)
                {
                    throw;
                }
                catch (Exception ex)
                {
                    throw new FeelEvaluationException($"函数「{Name}」执行失败：{ex.Message}", ex);
                }
            default:
                return body(arguments);
        }
    }

    private static bool IsTypeMismatch(Exception ex) => ex is InvalidCastException or FormatException or OverflowException
        or ArgumentException or IndexOutOfRangeException or DivideByZeroException or RegexMatchTimeoutException
        or KeyNotFoundException;
}
