using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Custom activities for the processors; running and failing jobs is still the step's (<c>StepExecution.Jobs.cs</c>).</summary>
internal sealed class JobBehavior(StepExecution step) : IJobBehavior
{
    public Task RunTaskDefinitionAsync(InstanceExecution instance, ElementInstance element, FlowNode node, TaskDefinition definition) =>
        step.RunTaskDefinitionAsync(instance, element, node, definition);
}
