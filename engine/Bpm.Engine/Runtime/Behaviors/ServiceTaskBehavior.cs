using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Service and send tasks: run the custom activity named by zeebe:taskDefinition type.</summary>
internal sealed class ServiceTaskBehavior : IElementBehavior
{
    public Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element)
    {
        var node = (TaskNode)instance.NodeOf(element);
        var definition = node.TaskDefinition ?? throw new IncidentException(IncidentTypes.UnknownActivity, $"'{node.Id}' has no task definition");
        return step.RunTaskDefinitionAsync(instance, element, node, definition);
    }
}
