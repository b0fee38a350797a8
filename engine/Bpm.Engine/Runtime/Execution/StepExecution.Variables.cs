using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Execution;

internal sealed partial class StepExecution
{
    /// <summary>The variable object of a scope: the process variables for the instance key, else the element's locals.</summary>
    private static JsonObject? VariablesOf(InstanceExecution instance, long scopeKey, bool create)
    {
        if (scopeKey == instance.Key) return instance.State.Variables;
        var element = instance.Find(scopeKey);
        if (element is null) return null;
        if (element.Variables is null && create) element.Variables = [];
        return element.Variables;
    }

    /// <summary>The next scope outwards, or null past the root.</summary>
    private static long? ParentScope(InstanceExecution instance, long scopeKey) =>
        scopeKey == instance.Key ? null : instance.Find(scopeKey)?.ScopeKey;

    public static bool TryLookup(InstanceExecution instance, long scopeKey, string name, out JsonNode? value)
    {
        for (long? key = scopeKey; key is { } k; key = ParentScope(instance, k))
        {
            var variables = VariablesOf(instance, k, create: false);
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
            var variables = VariablesOf(instance, k, create: false);
            if (variables is null) continue;
            foreach (var (name, value) in variables) visible.TryAdd(name, value);
        }
        return visible;
    }

    public void SetLocal(InstanceExecution instance, long scopeKey, string name, JsonNode? value) => SetLocal(instance, scopeKey, name, value, reason: null);

    /// <summary>As <see cref="SetLocal(InstanceExecution, long, string, JsonNode?)"/>, with the reason a person gave for the change.</summary>
    public void SetLocal(InstanceExecution instance, long scopeKey, string name, JsonNode? value, string? reason)
    {
        var variables = VariablesOf(instance, scopeKey, create: true)
            ?? throw new InvalidOperationException($"scope {scopeKey} is not active");
        var stored = value?.Parent is null ? value : value.DeepClone();
        KeepWithinVariablesLimit(instance, variables, name, stored);
        variables[name] = stored;
        RecordVariableSet(instance, name, stored, scopeKey, reason);
    }

    /// <summary>One VARIABLE_SET per fact: the same value of a variable written again in the same step (a task's submitted
    /// value copied out by an output mapping or propagated to the process, an output mapping writing what the input set) is
    /// one fact, journalled once, with the scope where it was written last. A different value, another person or another
    /// reason is a new entry.</summary>
    private void RecordVariableSet(InstanceExecution instance, string name, JsonNode? value, long scopeKey, string? reason)
    {
        var index = instance.History.FindLastIndex(e => e.Event == HistoryEvents.VariableSet && e.Name == name);
        if (index >= 0 && instance.History[index] is var last && last.By == Actor && last.Reason == reason && JsonNode.DeepEquals(last.Value, value))
        {
            instance.History[index] = last with { ScopeKey = scopeKey.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            return;
        }
        Record(instance, HistoryEvents.VariableSet, null, null, null, name, value, scopeKey, by: Actor, reason: reason);
    }

    /// <summary>Sets the variable where it already exists, searching outwards from <paramref name="scopeKey"/>; else on the process.</summary>
    public void SetPropagated(InstanceExecution instance, long scopeKey, string name, JsonNode? value)
    {
        for (long? key = scopeKey; key is { } k; key = ParentScope(instance, k))
        {
            var variables = VariablesOf(instance, k, create: false);
            if (variables is not null && variables.ContainsKey(name))
            {
                SetLocal(instance, k, name, value);
                return;
            }
        }
        SetLocal(instance, instance.Key, name, value);
    }

    /// <summary>Variables an element completes with (a job's result, a task form, a message): kept local for the output
    /// mappings when the element has them, else propagated outwards.</summary>
    public void SetCompletionVariables(InstanceExecution instance, ElementInstance element, IEnumerable<KeyValuePair<string, JsonNode?>> variables)
    {
        var local = instance.NodeOf(element).OutputMappings.Count > 0;
        foreach (var (name, value) in variables.ToArray())
        {
            if (local) SetLocal(instance, element.Key, name, value);
            else SetPropagated(instance, element.Key, name, value);
        }
    }

    public static IFeelContext FeelContext(InstanceExecution instance, long scopeKey, IReadOnlyDictionary<string, object?>? overlay = null) =>
        new VariableFeelContext(instance, scopeKey, overlay);

    public object? Evaluate(FeelExpression expression, InstanceExecution instance, long scopeKey, string what,
        IReadOnlyDictionary<string, object?>? overlay = null)
    {
        try
        {
            return expression.Evaluate(FeelContext(instance, scopeKey, overlay), Cancellation);
        }
        catch (FeelLimitExceededException ex)
        {
            throw LimitIncident(ex, what);
        }
        catch (FeelEvaluationException ex)
        {
            throw new IncidentException(IncidentTypes.ExtractValue, $"{what}「{expression.Source}」求值失败：{ex.Message}", ex);
        }
    }

    /// <summary>zeebe:input mappings, evaluated in order into the element's local scope (a later one may use an earlier one).</summary>
    private void ApplyInputMappings(InstanceExecution instance, ElementInstance element, FlowNode node)
    {
        foreach (var mapping in node.InputMappings)
        {
            var value = FeelValues.ToJson(EvaluateMapping(mapping, instance, element.Key, "输入映射"));
            AssignPath(instance, mapping.Target, value, (name, v) => SetLocal(instance, element.Key, name, v), element.Key);
        }
    }

    /// <summary>zeebe:output mappings: all evaluated first (so a failure changes nothing), then set outwards from the flow scope.</summary>
    private void ApplyOutputMappings(InstanceExecution instance, ElementInstance element, FlowNode node)
    {
        if (node.OutputMappings.Count == 0) return;
        var results = new List<(string Target, JsonNode? Value)>(node.OutputMappings.Count);
        foreach (var mapping in node.OutputMappings)
            results.Add((mapping.Target, FeelValues.ToJson(EvaluateMapping(mapping, instance, element.Key, "输出映射"))));
        foreach (var (target, value) in results)
            AssignPath(instance, target, value, (name, v) => SetPropagated(instance, element.ScopeKey, name, v), element.ScopeKey);
    }

    private object? EvaluateMapping(VariableMapping mapping, InstanceExecution instance, long scopeKey, string what)
    {
        try
        {
            return mapping.Source.Evaluate(FeelContext(instance, scopeKey), Cancellation);
        }
        catch (FeelLimitExceededException ex)
        {
            throw LimitIncident(ex, what);
        }
        catch (FeelEvaluationException ex)
        {
            throw new IncidentException(IncidentTypes.IoMapping, $"{what}「{mapping.Source.Source}」→「{mapping.Target}」求值失败：{ex.Message}", ex);
        }
    }

    /// <summary>Assigns a mapping target: a plain name, or a dotted path into a (copied) context variable.</summary>
    private static void AssignPath(InstanceExecution instance, string target, JsonNode? value, Action<string, JsonNode?> set, long lookupScope)
    {
        var dot = target.IndexOf('.');
        if (dot < 0)
        {
            set(target, value);
            return;
        }
        var root = target[..dot];
        var path = target[(dot + 1)..].Split('.');
        var container = TryLookup(instance, lookupScope, root, out var existing) && existing is JsonObject obj
            ? (JsonObject)obj.DeepClone()
            : [];
        var cursor = container;
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (cursor[path[i]] is not JsonObject next)
            {
                next = [];
                cursor[path[i]] = next;
            }
            cursor = next;
        }
        cursor[path[^1]] = value?.Parent is null ? value : value.DeepClone();
        set(root, container);
    }
}
