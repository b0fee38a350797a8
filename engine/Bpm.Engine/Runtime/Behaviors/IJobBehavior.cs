using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Custom activities: run inline in the step, or committed as a job for a worker; failures retry, then open an incident.</summary>
internal interface IJobBehavior
{
    Task RunTaskDefinitionAsync(InstanceExecution instance, ElementInstance element, FlowNode node, TaskDefinition definition);
}
