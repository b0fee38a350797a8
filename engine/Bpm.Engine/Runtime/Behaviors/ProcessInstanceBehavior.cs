using System.Text.Json.Nodes;
using Bpm.Engine.Deployment;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Process instances for the processors: the latest definition is looked up here; creating, loading and
/// terminating instances stay the step's, which holds the instances it commits.</summary>
internal sealed class ProcessInstanceBehavior(StepState state, StepExecution step) : IProcessInstanceBehavior
{
    public Task<CachedDefinition?> FindLatestDefinitionAsync(string bpmnProcessId) =>
        state.Context.Models.FindAsync(bpmnProcessId, null, state.Cancellation);

    public InstanceExecution CreateInstance(CachedDefinition definition, string? businessKey, JsonObject? variables,
        long? parentInstanceKey = null, long? parentElementInstanceKey = null, string? startedBy = null) =>
        step.CreateInstance(definition, businessKey, variables, parentInstanceKey, parentElementInstanceKey, startedBy);

    public Task<InstanceExecution> LoadAsync(long instanceKey) => step.LoadAsync(instanceKey);

    public Task TerminateInstanceAsync(InstanceExecution instance, string? by = null, string? reason = null) =>
        step.TerminateInstanceAsync(instance, by, reason);
}
