using Bpm.Engine.Expressions.Builtins;

namespace Bpm.Engine.Expressions.Evaluation;

/// <summary>Looks functions up by name: registered ones first (they may replace built-ins), then built-ins.</summary>
internal sealed class FunctionResolver(BuiltInFunctions builtIns, FeelFunctionRegistry registry)
{
    public bool IsKnown(string name) => registry.TryGet(name, out _) || builtIns.Contains(name);

    public bool IsRegistered(string name) => registry.TryGet(name, out _);

    public FeelFunction Resolve(string name, int argumentCount, IReadOnlyList<string>? argumentNames)
    {
        if (registry.TryGet(name, out var registered)) return registered;
        var overloads = builtIns.Find(name)
            ?? throw new FeelEvaluationException($"找不到名为「{name}」的函数");
        foreach (var overload in overloads)
        {
            if (argumentNames is null ? overload.Accepts(argumentCount) : overload.Accepts(argumentNames)) return overload;
        }
        throw new FeelEvaluationException($"函数「{name}」不能以{InvocationText.Given(argumentCount, argumentNames)}调用");
    }
}
