using System.Text.Json.Nodes;
using Bpm.Engine.Deployment;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Process instances in the step: the latest deployed definition, creating, loading and terminating instances.</summary>
internal interface IProcessInstanceBehavior
{
    Task<CachedDefinition?> FindLatestDefinitionAsync(string bpmnProcessId);

    InstanceExecution CreateInstance(CachedDefinition definition, string? businessKey, JsonObject? variables,
        long? parentInstanceKey = null, long? parentElementInstanceKey = null, string? startedBy = null);

    Task<InstanceExecution> LoadAsync(long instanceKey);

    Task TerminateInstanceAsync(InstanceExecution instance, string? by = null, string? reason = null);
}
