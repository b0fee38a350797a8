using System.Text.Json.Nodes;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Events;

/// <summary>A read-only view of a process instance loaded in the step (module API). Its variables change only through
/// <see cref="IKernelStep.SetLocal"/>.</summary>
public sealed class KernelInstance
{
    internal KernelInstance(InstanceExecution execution) => Execution = execution;

    internal InstanceExecution Execution { get; }

    public long Key => Execution.Key;
    public long ProcessDefinitionKey => Execution.Entity.ProcessDefinitionKey;
    public string BpmnProcessId => Execution.Entity.BpmnProcessId;
    public int Version => Execution.Entity.Version;
    public string? BusinessKey => Execution.Entity.BusinessKey;
    public long? ParentInstanceKey => Execution.Entity.ParentInstanceKey;
    public DateTimeOffset StartedAt => Execution.Entity.StartedAt;

    /// <summary>A copy of the variable visible from <paramref name="scopeKey"/> (the instance's own when it is the instance
    /// key), the nearest definition winning; null when no scope defines it.</summary>
    public JsonNode? Variable(string name, long? scopeKey = null) =>
        StepExecution.TryLookup(Execution, scopeKey ?? Key, name, out var value) ? value?.DeepClone() : null;
}
