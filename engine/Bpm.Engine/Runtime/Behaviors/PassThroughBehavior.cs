using Bpm.Engine.Runtime.Execution;
using Bpm.Engine.Runtime.State;

namespace Bpm.Engine.Runtime.Behaviors;

/// <summary>Start events, boundary events (once triggered), exclusive/parallel/inclusive gateways (flows are chosen on
/// completion), manual and undefined tasks: complete at once.</summary>
internal sealed class PassThroughBehavior : IElementBehavior
{
    public Task ExecuteAsync(StepExecution step, InstanceExecution instance, ElementInstance element)
    {
        step.Complete(instance, element);
        return Task.CompletedTask;
    }
}
