using Bpm.Engine.Expressions;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>FEEL sees the variables of a scope and its parents (nearest first), plus optional extra values
/// such as the multi-instance counters.</summary>
internal sealed class VariableFeelContext(InstanceExecution instance, long scopeKey, IReadOnlyDictionary<string, object?>? overlay) : IFeelContext
{
    public bool TryGetVariable(string name, out object? value)
    {
        if (overlay is not null && overlay.TryGetValue(name, out value)) return true;
        if (StepExecution.TryLookup(instance, scopeKey, name, out var node))
        {
            value = FeelValues.FromJson(node);
            return true;
        }
        value = null;
        return false;
    }
}
