using System.Text.Json.Nodes;
using Bpm.Engine.Expressions;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Evaluating FEEL in a scope and setting variables.</summary>
internal interface IVariableBehavior
{
    /// <summary>Evaluates in the scope; a failure is an incident naming <paramref name="what"/>.</summary>
    object? Evaluate(FeelExpression expression, InstanceExecution instance, long scopeKey, string what,
        IReadOnlyDictionary<string, object?>? overlay = null);

    /// <summary>Variables an element completes with: set where they already live, else in the process scope.</summary>
    void SetCompletionVariables(InstanceExecution instance, ElementInstance element, IEnumerable<KeyValuePair<string, JsonNode?>> variables);

    /// <summary>Every variable visible from the scope, inner ones shadowing outer ones.</summary>
    Dictionary<string, JsonNode?> Visible(InstanceExecution instance, long scopeKey);

    void SetLocal(InstanceExecution instance, long scopeKey, string name, JsonNode? value);

    void SetPropagated(InstanceExecution instance, long scopeKey, string name, JsonNode? value);

    /// <summary>The business zone (Bpm:Engine:TimeZone) in which dates and times without an offset are read.</summary>
    TimeZoneInfo BusinessTimeZone { get; }
}
