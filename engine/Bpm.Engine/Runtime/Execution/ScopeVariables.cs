using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>Reading variables through the scopes of an instance, the nearest definition of a name winning.</summary>
internal static class ScopeVariables
{
    /// <summary>The variable object of a scope: the process variables for the instance key, else the element's locals.</summary>
    public static JsonObject? Of(InstanceExecution instance, long scopeKey, bool create)
    {
        if (scopeKey == instance.Key) return instance.State.Variables;
        var element = instance.Find(scopeKey);
        if (element is null) return null;
        if (element.Variables is null && create) element.Variables = [];
        return element.Variables;
    }

    /// <summary>The next scope outwards, or null past the root.</summary>
    public static long? ParentScope(InstanceExecution instance, long scopeKey) =>
        scopeKey == instance.Key ? null : instance.Find(scopeKey)?.ScopeKey;

    public static bool TryLookup(InstanceExecution instance, long scopeKey, string name, out JsonNode? value)
    {
        for (long? key = scopeKey; key is { } k; key = ParentScope(instance, k))
        {
            var variables = Of(instance, k, create: false);
            if (variables is not null && variables.TryGetPropertyValue(name, out value)) return true;
        }
        value = null;
        return false;
    }

    /// <summary>Every variable visible from a scope, the nearest definition of each name winning.</summary>
    public static Dictionary<string, JsonNode?> CollectVisible(InstanceExecution instance, long scopeKey)
    {
        var visible = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        for (long? key = scopeKey; key is { } k; key = ParentScope(instance, k))
        {
            var variables = Of(instance, k, create: false);
            if (variables is null) continue;
            foreach (var (name, value) in variables) visible.TryAdd(name, value);
        }
        return visible;
    }

    public static IFeelContext FeelContext(InstanceExecution instance, long scopeKey, IReadOnlyDictionary<string, object?>? overlay = null) =>
        new VariableFeelContext(instance, scopeKey, overlay);
}
