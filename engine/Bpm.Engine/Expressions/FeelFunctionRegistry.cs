using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Bpm.Engine.Expressions.Evaluation;

namespace Bpm.Engine.Expressions;

/// <summary>The hook through which other parts add FEEL functions (e.g. the calendar's addWorkingDays).</summary>
public sealed class FeelFunctionRegistry
{
    private readonly ConcurrentDictionary<string, FeelFunction> functions = new(StringComparer.Ordinal);

    /// <summary>Registers (or replaces) a function. Parameter names allow named invocation; arguments arrive as FEEL values,
    /// in parameter order (missing trailing ones as null).</summary>
    public void Register(string name, IReadOnlyList<string> parameterNames, Func<IReadOnlyList<object?>, object?> implementation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(parameterNames);
        ArgumentNullException.ThrowIfNull(implementation);
        functions[name] = new FeelFunction(name, parameterNames.ToArray(), implementation, FunctionKind.Registered, requiredCount: 0);
    }

    /// <summary>True when a function with this name has been registered.</summary>
    public bool Contains(string name) => functions.ContainsKey(name);

    internal bool TryGet(string name, [NotNullWhen(true)] out FeelFunction? function) => functions.TryGetValue(name, out function);
}
