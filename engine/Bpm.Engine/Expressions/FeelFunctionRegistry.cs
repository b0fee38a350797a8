namespace Bpm.Engine.Expressions;

/// <summary>The hook through which other parts add FEEL functions (e.g. the calendar's addWorkingDays).</summary>
public sealed class FeelFunctionRegistry
{
    /// <summary>Registers (or replaces) a function. Parameter names allow named invocation; arguments arrive as FEEL values,
    /// in parameter order (missing trailing ones as null).</summary>
    public void Register(string name, IReadOnlyList<string> parameterNames, Func<IReadOnlyList<object?>, object?> implementation)
        => throw new NotImplementedException();
}
