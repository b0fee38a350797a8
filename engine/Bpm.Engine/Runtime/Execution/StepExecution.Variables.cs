using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;

namespace Bpm.Engine.Runtime.Execution;

/// <summary>The variable operations commands and modules call on the step; the code is the step's
/// <see cref="Runtime.Behaviors.VariableBehavior"/> and <see cref="ScopeVariables"/>.</summary>
internal sealed partial class StepExecution
{
    public Runtime.Behaviors.VariableBehavior Variables { get; }

    public static bool TryLookup(InstanceExecution instance, long scopeKey, string name, out JsonNode? value) =>
        ScopeVariables.TryLookup(instance, scopeKey, name, out value);

    public static Dictionary<string, JsonNode?> CollectVisible(InstanceExecution instance, long scopeKey) =>
        ScopeVariables.CollectVisible(instance, scopeKey);

    public TimeZoneInfo BusinessTimeZone => Variables.BusinessTimeZone;

    public void SetLocal(InstanceExecution instance, long scopeKey, string name, JsonNode? value) => Variables.SetLocal(instance, scopeKey, name, value);

    /// <summary>As <see cref="SetLocal(InstanceExecution, long, string, JsonNode?)"/>, with the reason a person gave for the change.</summary>
    public void SetLocal(InstanceExecution instance, long scopeKey, string name, JsonNode? value, string? reason) =>
        Variables.SetLocal(instance, scopeKey, name, value, reason);

    public object? Evaluate(FeelExpression expression, InstanceExecution instance, long scopeKey, string what,
        IReadOnlyDictionary<string, object?>? overlay = null) =>
        Variables.Evaluate(expression, instance, scopeKey, what, overlay);
}
