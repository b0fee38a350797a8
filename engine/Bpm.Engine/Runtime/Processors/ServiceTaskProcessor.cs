using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;

namespace Bpm.Engine.Runtime.Processors;

/// <summary>Service and send tasks: run the custom activity named by zeebe:taskDefinition type; a send task may name a
/// message contract instead.</summary>
internal sealed class ServiceTaskProcessor(bool sendsMessages) : BpmnElementProcessor<TaskNode>
{
    public override bool SendsMessages(FlowNode node) => sendsMessages;

    protected override Task ActivateAsync(BpmnElementContext context, TaskNode node)
    {
        var definition = node.TaskDefinition ?? throw new IncidentException(IncidentTypes.UnknownActivity, "缺少任务定义（zeebe:taskDefinition）");
        return context.Behaviors.Jobs.RunTaskDefinitionAsync(context.Instance, context.Element, node, definition);
    }
}
