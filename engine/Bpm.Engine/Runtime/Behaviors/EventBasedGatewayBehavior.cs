using Bpm.Engine.Model;
using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Waits on every following event at once; the first that happens decides the branch (see StepExecution.TriggerAsync).</summary>
internal sealed class EventBasedGatewayBehavior : IElementBehavior
{
    public Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element)
    {
        foreach (var flow in instance.NodeOf(element).Outgoing)
        {
            var definition = flow.Target switch
            {
                IntermediateCatchEvent catchEvent => catchEvent.Event,
                TaskNode { Kind: TaskKind.Receive, Message: { } message } => message,
                _ => throw new IncidentException(IncidentTypes.ExtractValue, $"event-based gateway '{element.ElementId}' leads to '{flow.Target.Id}', which is not a catch event"),
            };
            step.OpenSubscription(instance, element, flow.Target, definition, interrupting: true);
        }
        return Task.CompletedTask;
    }
}
