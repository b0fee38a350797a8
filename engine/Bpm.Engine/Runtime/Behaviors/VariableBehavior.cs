using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.Limits;
using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Variables in the step: setting them in a scope (journalled, within the size limit), evaluating FEEL in a
/// scope, and an element's input and output mappings.</summary>
internal sealed class VariableBehavior(StepState step) : IVariableBehavior
{
    public TimeZoneInfo BusinessTimeZone => step.Context.BusinessClock.Zone;

    public Dictionary<string, JsonNode?> Visible(InstanceExecution instance, long scopeKey) => ScopeVariables.CollectVisible(instance, scopeKey);

    public void SetLocal(InstanceExecution instance, long scopeKey, string name, JsonNode? value) => SetLocal(instance, scopeKey, name, value, reason: null);

    /// <summary>As <see cref="SetLocal(InstanceExecution, long, string, JsonNode?)"/>, with the reason a person gave for the change.</summary>
    public void SetLocal(InstanceExecution instance, long scopeKey, string name, JsonNode? value, string? reason)
    {
        var variables = ScopeVariables.Of(instance, scopeKey, create: true)
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
        if (index >= 0 && instance.History[index] is var last && last.By == step.Actor && last.Reason == reason && JsonNode.DeepEquals(last.Value, value))
        {
            instance.History[index] = last with { ScopeKey = scopeKey.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            return;
        }
        step.Record(instance, HistoryEvents.VariableSet, null, null, null, name, value, scopeKey, by: step.Actor, reason: reason);
    }

    /// <summary>Sets the variable where it already exists, searching outwards from <paramref name="scopeKey"/>; else on the process.</summary>
    public void SetPropagated(InstanceExecution instance, long scopeKey, string name, JsonNode? value)
    {
        for (long? key = scopeKey; key is { } k; key = ScopeVariables.ParentScope(instance, k))
        {
            var variables = ScopeVariables.Of(instance, k, create: false);
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

    public object? Evaluate(FeelExpression expression, InstanceExecution instance, long scopeKey, string what,
        IReadOnlyDictionary<string, object?>? overlay = null)
    {
        try
        {
            return expression.Evaluate(ScopeVariables.FeelContext(instance, scopeKey, overlay), step.Cancellation);
        }
        catch (FeelLimitExceededException ex)
        {
            throw LimitIncidents.Evaluation(ex, what);
        }
        catch (FeelEvaluationException ex)
        {
            throw new IncidentException(IncidentTypes.ExtractValue, $"{what}「{expression.Source}」求值失败：{ex.Message}", ex);
        }
    }

    /// <summary>zeebe:input mappings, evaluated in order into the element's local scope (a later one may use an earlier one).</summary>
    public void ApplyInputMappings(InstanceExecution instance, ElementInstance element, FlowNode node)
    {
        foreach (var mapping in node.InputMappings)
        {
            var value = FeelValues.ToJson(EvaluateMapping(mapping, instance, element.Key, "输入映射"));
            AssignPath(instance, mapping.Target, value, (name, v) => SetLocal(instance, element.Key, name, v), element.Key);
        }
    }

    /// <summary>zeebe:output mappings: all evaluated first (so a failure changes nothing), then set outwards from the flow scope.</summary>
    public void ApplyOutputMappings(InstanceExecution instance, ElementInstance element, FlowNode node)
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
            return mapping.Source.Evaluate(ScopeVariables.FeelContext(instance, scopeKey), step.Cancellation);
        }
        catch (FeelLimitExceededException ex)
        {
            throw LimitIncidents.Evaluation(ex, what);
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
        var container = ScopeVariables.TryLookup(instance, lookupScope, root, out var existing) && existing is JsonObject obj
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

    /// <summary>Refuses a variable change that would grow the instance's variables past the limit, before it is made: a
    /// command's input is refused whole (413, nothing stored), the engine's own output becomes an incident.</summary>
    private void KeepWithinVariablesLimit(InstanceExecution instance, JsonObject scope, string name, JsonNode? value)
    {
        var limit = step.Context.Options.Limits.MaxVariablesBytes;
        if (limit <= 0) return;
        instance.VariablesBytes ??= MeasureVariables(instance);
        var replaced = scope.TryGetPropertyValue(name, out var existing) ? VariableSize.OfEntry(name, existing) : 0;
        var next = instance.VariablesBytes.Value - replaced + VariableSize.OfEntry(name, value);
        if (next > limit) throw SizeLimitExceededException.Variables(limit, next);
        instance.VariablesBytes = next;
    }

    private static long MeasureVariables(InstanceExecution instance)
    {
        var total = VariableSize.Of(instance.State.Variables);
        foreach (var element in instance.State.Elements)
            if (element.Variables is { } locals) total += VariableSize.Of(locals);
        return total;
    }
}
